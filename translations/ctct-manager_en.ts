<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CheckInSheet</name>
    <message numerus="yes">
        <source>%Ln registrants</source>
        <translation>
            <numerusform>%Ln registrant</numerusform>
            <numerusform>%Ln registrants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln guest</numerusform>
            <numerusform>%Ln guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ActivityTableModel</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities shown</source>
        <translation>
            <numerusform>%1 of %n activity shown</numerusform>
            <numerusform>%1 of %n activities shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::CampaignTableModel</name>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n campaigns shown</source>
        <translation>
            <numerusform>%1 of %n campaign shown</numerusform>
            <numerusform>%1 of %n campaigns shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ContactTableModel</name>
    <message numerus="yes">
        <source>%n contacts loaded</source>
        <translation>
            <numerusform>%n contact loaded</numerusform>
            <numerusform>%n contacts loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded contacts shown</source>
        <translation>
            <numerusform>%1 of %n loaded contact shown</numerusform>
            <numerusform>%1 of %n loaded contacts shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::EventTableModel</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::RegistrantTableModel</name>
    <message numerus="yes">
        <source>%n registrants</source>
        <translation>
            <numerusform>%n registrant</numerusform>
            <numerusform>%n registrants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n registrants shown</source>
        <translation>
            <numerusform>%1 of %n registrant shown</numerusform>
            <numerusform>%1 of %n registrants shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::cache::SyncJob</name>
    <message numerus="yes">
        <source>Syncing contacts: %n so far…</source>
        <translation>
            <numerusform>Syncing contacts: %n so far…</numerusform>
            <numerusform>Syncing contacts: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing the members of %1: %n so far…</source>
        <translation>
            <numerusform>Syncing the members of %1: %n so far…</numerusform>
            <numerusform>Syncing the members of %1: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for changed contacts: %n so far…</source>
        <translation>
            <numerusform>Looking for changed contacts: %n so far…</numerusform>
            <numerusform>Looking for changed contacts: %n so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing the events of %1: %n new…</source>
        <translation>
            <numerusform>Syncing the events of %1: %n new…</numerusform>
            <numerusform>Syncing the events of %1: %n new…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ActivityWatch</name>
    <message numerus="yes">
        <source>%1, started before the app was last closed, has finished: %n rows processed, see the Activities tab.</source>
        <translation>
            <numerusform>%1, started before the app was last closed, has finished: %n row processed, see the Activities tab.</numerusform>
            <numerusform>%1, started before the app was last closed, has finished: %n rows processed, see the Activities tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::CampaignsTab</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::CheckInWindow</name>
    <message numerus="yes">
        <source>With %n guests</source>
        <translation>
            <numerusform>With %n guest</numerusform>
            <numerusform>With %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants so far; check-in can start.</source>
        <translation>
            <numerusform>%Ln registrant so far; check-in can start.</numerusform>
            <numerusform>%Ln registrants so far; check-in can start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants loaded. Type a name, an e-mail or a ticket, then Enter.</source>
        <translation>
            <numerusform>%Ln registrant loaded. Type a name, an e-mail or a ticket, then Enter.</numerusform>
            <numerusform>%Ln registrants loaded. Type a name, an e-mail or a ticket, then Enter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants match</source>
        <translation>
            <numerusform>%Ln registrant matches</numerusform>
            <numerusform>%Ln registrants match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactDetails</name>
    <message numerus="yes">
        <source>%n contacts selected</source>
        <translation>
            <numerusform>%n contact selected</numerusform>
            <numerusform>%n contacts selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactsTab</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading contacts: %n loaded…</source>
        <translation>
            <numerusform>Loading contacts: %n loaded…</numerusform>
            <numerusform>Loading contacts: %n loaded…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opt out %n contacts?</source>
        <translation>
            <numerusform>Opt out %n contact?</numerusform>
            <numerusform>Opt out %n contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts shown</source>
        <translation>
            <numerusform>%1 of %n contact shown</numerusform>
            <numerusform>%1 of %n contacts shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::DrillDownWindow</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n contacts to %1…</source>
        <translation>
            <numerusform>Adding %n contact to %1…</numerusform>
            <numerusform>Adding %n contacts to %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts could not be added to %1; the first, %2: %3</source>
        <translation>
            <numerusform>%n contact could not be added to %1; the first, %2: %3</numerusform>
            <numerusform>%n contacts could not be added to %1; the first, %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n contacts were added to %1.</source>
        <translation>
            <numerusform>Canceled: %n contact was added to %1.</numerusform>
            <numerusform>Canceled: %n contacts were added to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n contacts added to %1.</source>
        <translation>
            <numerusform>Done: %n contact added to %1.</numerusform>
            <numerusform>Done: %n contacts added to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to %1.</source>
        <translation>
            <numerusform>%n contact written to %1.</numerusform>
            <numerusform>%n contacts written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::EventsTab</name>
    <message numerus="yes">
        <source>%1: %2 (%n registrants)</source>
        <translation>
            <numerusform>%1: %2 (%n registrant)</numerusform>
            <numerusform>%1: %2 (%n registrants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n registrants still being read)</source>
        <translation>
            <numerusform>(%n registrant still being read)</numerusform>
            <numerusform>(%n registrants still being read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n registrants without an amount)</source>
        <translation>
            <numerusform>(%n registrant without an amount)</numerusform>
            <numerusform>(%n registrants without an amount)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to %n registrants</source>
        <translation>
            <numerusform>up to %n registrant</numerusform>
            <numerusform>up to %n registrants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests each</source>
        <translation>
            <numerusform>%n guest each</numerusform>
            <numerusform>%n guests each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guests (%n)</source>
        <translation>
            <numerusform>Guest (%n)</numerusform>
            <numerusform>Guests (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ExportDialog</name>
    <message numerus="yes">
        <source>The export is ready (%n contacts).</source>
        <translation>
            <numerusform>The export is ready (%n contact).</numerusform>
            <numerusform>The export is ready (%n contacts).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ImportWizard</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file.</source>
        <translation>
            <numerusform>%n row in the file.</numerusform>
            <numerusform>%n rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be sent</source>
        <translation>
            <numerusform>%n will be sent</numerusform>
            <numerusform>%n will be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be taken off the lists</source>
        <translation>
            <numerusform>%n will be taken off the lists</numerusform>
            <numerusform>%n will be taken off the lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n activities).</source>
        <translation>
            <numerusform>(in %n activity).</numerusform>
            <numerusform>(in %n activities).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected before sending: %1.</source>
        <translation>
            <numerusform>%n rejected before sending: %1.</numerusform>
            <numerusform>%n rejected before sending: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no more batches are sent; waiting for the server to finish the %n sent.</source>
        <translation>
            <numerusform>Stopping: no more batches are sent; waiting for the server to finish the %n sent.</numerusform>
            <numerusform>Stopping: no more batches are sent; waiting for the server to finish the %n sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file:</source>
        <translation>
            <numerusform>%n row in the file:</numerusform>
            <numerusform>%n rows in the file:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListsModel</name>
    <message numerus="yes">
        <source>%1: %n members</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListsSidebar</name>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take all %n contacts off the list &quot;%1&quot;?</source>
        <translation>
            <numerusform>Take the %n contact off the list &quot;%1&quot;?</numerusform>
            <numerusform>Take all %n contacts off the list &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list &quot;%1&quot; was cleared: %n contacts taken off.</source>
        <translation>
            <numerusform>The list &quot;%1&quot; was cleared: %n contact taken off.</numerusform>
            <numerusform>The list &quot;%1&quot; was cleared: %n contacts taken off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n requests in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
</context>
</TS>
