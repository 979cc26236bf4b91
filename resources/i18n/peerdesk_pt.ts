<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <location filename="../../peerdesk/ui/opening.py" line="41"/>
        <source>Data file already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/opening.py" line="43"/>
        <source>{name} is already open in another PeerDesk ({holder}).

If both windows change it, one of them will overwrite the other&apos;s edits. Open it here anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/opening.py" line="57"/>
        <source>Cannot open data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/opening.py" line="58"/>
        <source>{message}

The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="20"/>
        <source>%1 (prints in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="23"/>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="54"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="24"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="25"/>
        <location filename="../../peerdesk/ui/tools/checklist_panel.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="26"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="27"/>
        <source>Authoriser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="29"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="34"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="35"/>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="36"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="37"/>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="37"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="46"/>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="48"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="49"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="52"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="53"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/columns.py" line="55"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="30"/>
        <source>Export the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="31"/>
        <source>Excel workbook, one sheet per table (*.xlsx);;Zip of CSV files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="41"/>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="44"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="41"/>
        <source>Exported to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="44"/>
        <source>The export failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="54"/>
        <source>… and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="62"/>
        <source>Merge another data file into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="62"/>
        <source>PeerDesk data files (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="70"/>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="73"/>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="75"/>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="80"/>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="87"/>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="89"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="70"/>
        <source>Cannot merge %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="73"/>
        <source>%s holds nothing new for this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="76"/>
        <source>Merging %s would change this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/file_actions.py" line="87"/>
        <source>Nothing was merged: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/checklist_panel.py" line="45"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/checklist_panel.py" line="46"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/checklist_panel.py" line="48"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../peerdesk/ui/tools/activity_dialog.py" line="50"/>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/activity_dialog.py" line="50"/>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/activity_dialog.py" line="65"/>
        <source> (your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/activity_dialog.py" line="133"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/activity_dialog.py" line="133"/>
        <source>visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/activity_dialog.py" line="156"/>
        <source>Type the cost as a number, e.g. 12000, or leave it blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/activity_dialog.py" line="231"/>
        <source>Serves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="6"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="22"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="32"/>
        <source>e.g. Study visit to the treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="51"/>
        <location filename="../../forms/activity_dialog.ui" line="99"/>
        <location filename="../../forms/activity_dialog.ui" line="138"/>
        <location filename="../../forms/activity_dialog.ui" line="177"/>
        <location filename="../../forms/activity_dialog.ui" line="283"/>
        <location filename="../../forms/activity_dialog.ui" line="346"/>
        <location filename="../../forms/activity_dialog.ui" line="469"/>
        <location filename="../../forms/activity_dialog.ui" line="492"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="58"/>
        <source>&amp;Tool type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="80"/>
        <source>color: #5b6773;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="106"/>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="119"/>
        <location filename="../../forms/activity_dialog.ui" line="158"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="145"/>
        <source>E&amp;nds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="184"/>
        <source>D&amp;uration (hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="194"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="207"/>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="220"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="230"/>
        <source>City, building, or the video-call link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="237"/>
        <source>Rough &amp;cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="247"/>
        <source>e.g. 12000 (blank if unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="254"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="290"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="314"/>
        <source>&amp;All peers of the initiative take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="321"/>
        <source>&amp;Participants (tick who takes part):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="353"/>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="359"/>
        <source>&amp;Host organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="372"/>
        <source>Reci&amp;procal (both sides visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="379"/>
        <source>Mark as host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="382"/>
        <source>The selected participant hosts the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="389"/>
        <source>Mark as visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="392"/>
        <source>The selected participant travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="402"/>
        <source>&amp;Logistics checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="424"/>
        <source>New item, e.g. Book interpreters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="431"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="438"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="445"/>
        <source>From tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/activity_dialog.ui" line="448"/>
        <source>Add the logistics needs the tool type usually has</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueBrowser</name>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="153"/>
        <source>All parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="156"/>
        <source>All challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="178"/>
        <source>Tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="178"/>
        <source> (your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="179"/>
        <source>Cells of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="181"/>
        <source>Used by (of 52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="187"/>
        <source>In this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="188"/>
        <source>Usual cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="206"/>
        <source>%1 of %2 tool types shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="232"/>
        <source>No tool type matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="245"/>
        <source>%1 of the 52 mapped initiatives (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="257"/>
        <source>Activities of this tool type: %1 in this plan, %2 in the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="281"/>
        <source>Delete tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/catalogue_browser.py" line="282"/>
        <source>Delete your tool type &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentItemDialog</name>
    <message>
        <location filename="../../peerdesk/ui/contracts/item_dialog.py" line="203"/>
        <source>Write the wording this commitment should print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="5"/>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="12"/>
        <source>&amp;Who commits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="19"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="26"/>
        <source>Named &amp;meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="32"/>
        <source>Empty: the activities listed in the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="37"/>
        <source>&amp;Frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="44"/>
        <source>&amp;Joint activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="51"/>
        <source>&amp;Lesson to apply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="58"/>
        <source>&amp;Form of sharing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="65"/>
        <source>&amp;Audience (people):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="72"/>
        <location filename="../../forms/commitment_item_dialog.ui" line="84"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="77"/>
        <source>Days of &amp;time off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="89"/>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="95"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="96"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="101"/>
        <source>&amp;Beneficiaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="107"/>
        <source>Units or people expected to benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="112"/>
        <source>Report-back &amp;schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="119"/>
        <source>Own &amp;wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="133"/>
        <source>Print my own wording, not the standard sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="140"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="146"/>
        <source>has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="147"/>
        <location filename="../../forms/commitment_item_dialog.ui" line="160"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="152"/>
        <source>&amp;Kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="159"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="165"/>
        <source>E&amp;vidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_item_dialog.ui" line="179"/>
        <source>As printed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentTemplatesDialog</name>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="5"/>
        <source>Default commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="10"/>
        <source>Every new contract of this initiative starts with these commitments. Contracts already made keep their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="24"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="25"/>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="26"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="27"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="28"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/commitment_templates_dialog.ui" line="29"/>
        <source>Use the &amp;standard set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="68"/>
        <source>each contract&apos;s language</source>
        <extracomment>&quot;today&quot; for the due list; tests set a fixed day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="101"/>
        <location filename="../../peerdesk/ui/contracts/page.py" line="256"/>
        <source>Commitment contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="142"/>
        <source>Due soon or overdue: sharing forward and reporting back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="186"/>
        <source>%1 contracts selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="187"/>
        <source>Select a contract to see its commitments and record whether they were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="194"/>
        <source>%1 — contract %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="216"/>
        <source>%1 (no text yet: prints in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="222"/>
        <source>There is no contract text in %1 yet: this contract prints in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="237"/>
        <source>%1 (%2 KB), kept in the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="239"/>
        <source>No signed copy attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="326"/>
        <source>Remove commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="327"/>
        <source>Remove this commitment from %1&apos;s contract?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="348"/>
        <source>Attach the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="349"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="359"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="382"/>
        <source>Export the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="387"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="392"/>
        <source>Remove signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="393"/>
        <source>Remove the attached scan from the data file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="416"/>
        <source>Created %1 draft contracts from the default commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="435"/>
        <source>Print contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="446"/>
        <source>Printing contracts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="457"/>
        <source>Report-back letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="462"/>
        <source>Writing report-back letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="467"/>
        <source>Wrote %1 (%2 documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="469"/>
        <source>No text in their language, printed in English: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="119"/>
        <source>%1 contracts, %2 signed; %3 of %4 commitments kept so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="20"/>
        <source>&amp;Default commitments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="21"/>
        <source>Edit the commitments every new contract of this initiative starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="26"/>
        <source>&amp;Create missing contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="27"/>
        <source>Make a draft contract, from the default commitments, for every participant who has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="32"/>
        <source>Print &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="38"/>
        <source>Print every contract in its own language, or all in one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="43"/>
        <source>&amp;Print selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="48"/>
        <source>Print &amp;all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="53"/>
        <source>&amp;Report-back letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="54"/>
        <source>A letter for each selected peer&apos;s home organisation: what was committed, what has been done, what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="70"/>
        <source>Filter contracts by peer, language, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="84"/>
        <source>Due soon or overdue: sharing forward and reporting back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="90"/>
        <source>&amp;Look ahead (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="139"/>
        <source>color: #8a3b00;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="144"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="148"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="157"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="168"/>
        <source>Si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="175"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="182"/>
        <source>&amp;Authoriser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="188"/>
        <source>Who signs for the home organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="193"/>
        <source>Authoriser&apos;s &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="202"/>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="211"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="223"/>
        <source>Sa&amp;ve contract details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="231"/>
        <source>Commitments and whether they were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="245"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="250"/>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="255"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="260"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="265"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="280"/>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="293"/>
        <source>A&amp;ttach scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="298"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="303"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/contracts_page.ui" line="308"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationEntries</name>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="50"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="50"/>
        <source>5 very important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="51"/>
        <source>3 quite important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="51"/>
        <source>1 not important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="65"/>
        <source>value cycle: not coded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="102"/>
        <source>a colleague reached earlier (name below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="106"/>
        <source>none: a peer&apos;s own sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="129"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="142"/>
        <source>Check-in saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="151"/>
        <source>Not saved: choose a score for at least one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="156"/>
        <source>%1 scores saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="168"/>
        <source>Diffusion event saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="182"/>
        <source>Attendance saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/entries.py" line="196"/>
        <source>Interview saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="16"/>
        <source>Weekly learning check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="22"/>
        <source>Pee&amp;r:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="35"/>
        <source>&amp;Week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="48"/>
        <location filename="../../forms/evaluation_entries.ui" line="139"/>
        <location filename="../../forms/evaluation_entries.ui" line="255"/>
        <location filename="../../forms/evaluation_entries.ui" line="425"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="55"/>
        <source>Productive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="65"/>
        <source>Had a productive conversation about a reform challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="72"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="95"/>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="105"/>
        <source>Learning-gain scores (5 very, 3 quite, 1 not important)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="113"/>
        <source>P&amp;eer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="126"/>
        <source>Assessed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="146"/>
        <source>Point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="156"/>
        <source>baseline, midpoint, end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="183"/>
        <source>Save scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="193"/>
        <source>Diffusion: sharing back home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="199"/>
        <source>S&amp;hared by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="212"/>
        <source>Colleague&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="222"/>
        <source>when a colleague reached earlier shares on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="229"/>
        <source>Reached through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="242"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="262"/>
        <source>Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="272"/>
        <source>presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="279"/>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="292"/>
        <source>People reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="319"/>
        <source>Save diffusion event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="329"/>
        <source>Event attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="335"/>
        <source>E&amp;vent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="348"/>
        <source>Head count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="361"/>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="381"/>
        <source>Save attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="391"/>
        <source>Value-creation interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="399"/>
        <source>Peer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="412"/>
        <source>Interviewed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_entries.ui" line="452"/>
        <source>Save interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="107"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/evaluation/page.py" line="66"/>
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="69"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="70"/>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="71"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="72"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="76"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="77"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="78"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="79"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="85"/>
        <source>Contacts named per report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="86"/>
        <source>Weeks with a productive conversation (share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="87"/>
        <source>Learning-area score (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="112"/>
        <source>First: {start:%d %b} – {end:%d %b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="113"/>
        <source>formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="113"/>
        <source>Chosen: {start:%d %b} – {end:%d %b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="114"/>
        <source>informal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="114"/>
        <source>no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="115"/>
        <source>density {density:.0%}, informal {informal:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="116"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="116"/>
        <source>Partly evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="116"/>
        <source>No evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="117"/>
        <source>Contact density and informal share per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="117"/>
        <source>density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="118"/>
        <source>informal share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="119"/>
        <source>Productive conversations about a reform challenge, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="120"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="120"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="120"/>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="121"/>
        <source>No learning check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="122"/>
        <source>No learning gains yet: score the areas at two points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="123"/>
        <source>Who shared with whom back home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="124"/>
        <source>No diffusion recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="134"/>
        <source>Open a data file and choose an initiative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="138"/>
        <source>Computing the evaluation measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="148"/>
        <source>The evaluation could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="157"/>
        <source>%1 participants, %2 comparison colleagues; %3 contact reports from %4 peers, %5 check-ins, %6 interviews, %7 people reached back home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="169"/>
        <source>%1 weekly check-ins, %2 with a productive conversation. Gains for %3 peers; %4 scored once only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="175"/>
        <source>%1 people reached through %2 sharing events; longest chain %3 steps; %4 of peers shared nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="200"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="207"/>
        <source>Chosen learning goals: %1. Largest gains: %2. Outcomes named in interviews: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="213"/>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="213"/>
        <source>partly evidenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="214"/>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="224"/>
        <source>Events held: %1 of %2 planned; %3 attendances counted at %4 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="241"/>
        <source>no reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="268"/>
        <source>Participants before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="270"/>
        <source>Participants from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="272"/>
        <source>Participants, whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="274"/>
        <source>Comparison group (%1 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="278"/>
        <source>Change after the date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="281"/>
        <source>The comparison group has no observations of this measure yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="291"/>
        <source>Export evaluation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="292"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="298"/>
        <source>Reading the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="298"/>
        <source>Drawing the figures and pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="312"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="315"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="315"/>
        <source>The summary could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="318"/>
        <source>Writing the evaluation summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="112"/>
        <source>No contact reports yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="30"/>
        <source>Anon&amp;ymise names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="33"/>
        <source>Show and print people as stable codes (P01, C01, X01) instead of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="40"/>
        <source>&amp;Export summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="43"/>
        <source>Write the evaluation summary of this initiative as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="53"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="127"/>
        <source>&amp;Contact heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="135"/>
        <source>Weeks per map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="145"/>
        <source>How many weeks of reports each heat map covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="152"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="168"/>
        <source>Move through the weeks; the map to the right is the chosen period, the left one the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="248"/>
        <source>&amp;Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="331"/>
        <source>D&amp;iffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="394"/>
        <source>Before/&amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="402"/>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="415"/>
        <source>Before/after date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="428"/>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="474"/>
        <source>Contact &amp;reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="505"/>
        <source>Add 10 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="512"/>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="515"/>
        <source>Check the rows without saving (Ctrl+Return saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="522"/>
        <source>&amp;Save reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="525"/>
        <source>Check and save; rows that cannot be saved stay in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_page.ui" line="558"/>
        <source>&amp;Other entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPeersDialog</name>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="84"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="87"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="93"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="101"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="88"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="89"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="89"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="89"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="90"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="94"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="95"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="96"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="97"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="98"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="105"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="102"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="103"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="104"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="105"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="242"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="105"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="241"/>
        <source>has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="108"/>
        <source>Column in the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="109"/>
        <source>PeerDesk field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="109"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="128"/>
        <source>Choose a spreadsheet of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="129"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="137"/>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="145"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="146"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="150"/>
        <location filename="../../forms/import_peers_dialog.ui" line="77"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="161"/>
        <source>contact reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="161"/>
        <source>weekly check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="167"/>
        <source>%1 holds %2 from a questionnaire. Choose the initiative they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="182"/>
        <source>%1 formal, %2 informal contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="185"/>
        <source>productive conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="185"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="196"/>
        <source>%1 holds %2 from a questionnaire: %3 answers, %4 can be imported into %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="200"/>
        <source>Fix the problems listed, or leave those answers out on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="209"/>
        <source>This file cannot be imported: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="223"/>
        <source>%1 rows read; %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="227"/>
        <source>Problems found in %1 of the rows: fix them in the spreadsheet, or leave those rows out on purpose; until then nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="231"/>
        <source>Notes to read: %1 (listed with the problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="265"/>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="266"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="271"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="271"/>
        <source>Cannot write %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="273"/>
        <source>Template saved to %s. Fill it in, then choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="293"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="300"/>
        <source>Importing people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="311"/>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="324"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="312"/>
        <source>%1 new answers, %2 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="325"/>
        <source>%1 new people, %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="332"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="333"/>
        <source>Nothing was imported; the data file is as it was.

%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/importing/dialog.py" line="337"/>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="9"/>
        <source>Import peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="16"/>
        <source>&amp;Spreadsheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="25"/>
        <source>A CSV or XLSX file, or a KoboToolbox/ODK export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="30"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="35"/>
        <source>Save the &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="36"/>
        <source>A spreadsheet with the columns PeerDesk always recognises and their allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="43"/>
        <source>&amp;Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="50"/>
        <source>The peers join this initiative; type a new name to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="57"/>
        <source>Choose a spreadsheet to see what would be imported. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="65"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="89"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/import_peers_dialog.ui" line="102"/>
        <source>&amp;Leave out the rows with problems and import the others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="82"/>
        <source>Peer matching</source>
        <extracomment>Tab keys, in order; also the file names of ``peerdesk screenshots``. Where each tab&apos;s page lives. Pages are imported and built when first shown, and reloaded only while visible, so the window opens without paying for charts and tabs nobody has looked at yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="83"/>
        <source>Tool selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="84"/>
        <source>Commitment contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="85"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="138"/>
        <source>No data file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="158"/>
        <source>This data file holds no initiative yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="174"/>
        <source>1 peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="174"/>
        <source>%1 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="184"/>
        <source>PeerDesk data files (*%s);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="187"/>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="194"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="195"/>
        <source>%s already exists. PeerDesk never overwrites a data file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="202"/>
        <source>Open data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="210"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="215"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="215"/>
        <source>Choose a different file from the open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="218"/>
        <source>Copy saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="255"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="262"/>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="262"/>
        <source>%s no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="270"/>
        <source>About PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="272"/>
        <source>PeerDesk %s

Plan and measure facilitated peer learning along the whole path: from the convened group, to sustained contact between individuals, to practical learning, to change at scale back home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="9"/>
        <source>PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="18"/>
        <source>&amp;Initiative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="31"/>
        <source>The initiative every tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="66"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="70"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="88"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="98"/>
        <source>&amp;New Data File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="101"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="106"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="109"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="114"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="117"/>
        <source>Write a consistent copy of the open data file, for backup or to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="120"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125"/>
        <source>&amp;Import Peers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128"/>
        <source>Add or update peers from a CSV or XLSX spreadsheet, or a KoboToolbox/ODK export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="131"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="136"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="139"/>
        <source>Write the whole data file to an XLSX workbook or a zip of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="142"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="147"/>
        <source>&amp;Merge Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="150"/>
        <source>Bring in a co-facilitator&apos;s copy of the data file; the newer edit of each row wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="155"/>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="160"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="163"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="168"/>
        <source>&amp;About PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchPanel</name>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="78"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="78"/>
        <source>Small groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="78"/>
        <source>Mentors and newer peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="80"/>
        <source>A trio / one group larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="81"/>
        <source>Groups one smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="82"/>
        <source>Leave someone out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="84"/>
        <source>similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="84"/>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="84"/>
        <source>ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="93"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="155"/>
        <source>%1 never-pair and %2 must-pair rules; %3 pairs met in earlier rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="166"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="167"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="168"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="168"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="169"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="171"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="182"/>
        <source>Choose criteria and press Match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="192"/>
        <source>%1 units, total score %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="195"/>
        <source>Not matched: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="197"/>
        <source>Broken hard rules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="227"/>
        <source>Unit %1 · score %2 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="246"/>
        <source>Scoring every possible pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="248"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="253"/>
        <source>New matching (not saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="255"/>
        <source>Matching peers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="259"/>
        <source>Cannot match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="269"/>
        <source>Adjusted by hand (not saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="283"/>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="286"/>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="295"/>
        <source>Swap peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="283"/>
        <source>First peer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="286"/>
        <source>Swap with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="304"/>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="309"/>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="319"/>
        <source>Move peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="304"/>
        <source>Peer to move:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="308"/>
        <source>A new unit of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="309"/>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="331"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="332"/>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="341"/>
        <source>Save round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="332"/>
        <source>Name of the round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="343"/>
        <source>Saved as round “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="356"/>
        <source>Broken rule: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="362"/>
        <source>Save match sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="363"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="365"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="370"/>
        <source>Export matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/match_panel.py" line="371"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="57"/>
        <source>Peer matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="62"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="185"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="63"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="184"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="64"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="186"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="66"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="188"/>
        <source>Career level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="70"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="72"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="77"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="149"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="80"/>
        <source>Missing: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="102"/>
        <source>No peers in this initiative yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="116"/>
        <source>Saved round “%1” of %2, re-scored with its criteria. Press Match for a new matching; locked units are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="165"/>
        <source>1 peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="165"/>
        <source>%1 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="167"/>
        <source>%1 of %2 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="187"/>
        <source>Professional affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="189"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="190"/>
        <source>Influence over the reform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="191"/>
        <source>Working languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="192"/>
        <source>Problems and challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="193"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="194"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="195"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="196"/>
        <source>Consent to hold data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="196"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="196"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Search peers by name, country, organisation, problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Edit the selected peer&apos;s matching profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>What to form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Group &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Odd counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Mentor &amp;capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Criteria: weight 0-10 and mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Use the &amp;paper&apos;s default weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Problems, goals and tasks weigh most; countries different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Hard rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Share a working language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Not from the same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>No two from the same country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>No repeats from earlier rounds (unless unavoidable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Never-/must-pair &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Match the cohort with these settings; locked units are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Choose criteria and press Match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>S&amp;wap peers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Exchange two peers between units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>M&amp;ove peer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Move a peer of the selected unit to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Lock / unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Locked units stay as they are when you match again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Save round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Keep this matching as a round, with its date and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Match sheet &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>E&amp;xport CSV/XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>Select a round to see it; select two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Compare selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="4"/>
        <source>&amp;Delete round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairRulesDialog</name>
    <message>
        <location filename="../../peerdesk/ui/matching/pair_rules_dialog.py" line="20"/>
        <source>never pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/pair_rules_dialog.py" line="20"/>
        <source>must pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/pair_rules_dialog.py" line="22"/>
        <location filename="../../peerdesk/ui/matching/pair_rules_dialog.py" line="24"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/pair_rules_dialog.py" line="23"/>
        <location filename="../../forms/pair_rules_dialog.ui" line="24"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/pair_rules_dialog.py" line="25"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pair_rules_dialog.ui" line="5"/>
        <source>Never-pair and must-pair rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pair_rules_dialog.ui" line="10"/>
        <source>Never-pair rules keep two peers apart in every matching; must-pair rules keep them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pair_rules_dialog.ui" line="23"/>
        <source>First peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pair_rules_dialog.ui" line="25"/>
        <source>Second peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pair_rules_dialog.ui" line="26"/>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pair_rules_dialog.ui" line="27"/>
        <source>&amp;Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/pair_rules_dialog.ui" line="28"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <location filename="../../peerdesk/ui/matching/profile_dialog.py" line="38"/>
        <source>— not known —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/profile_dialog.py" line="110"/>
        <source>Profile %1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/profile_dialog.py" line="112"/>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Matching profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Professional affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Career level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Influence over the reform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Social standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Working languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Language codes separated by spaces or commas, e.g. en ru ro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Problems and challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Type a new one and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/profile_editor_dialog.ui" line="4"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="39"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="40"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="41"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="57"/>
        <source>Backups of %s, newest first. Restoring replaces the file with the backup; the file as it is now is backed up first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="62"/>
        <source>%s has no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="76"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="76"/>
        <source>The backup failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="84"/>
        <location filename="../../forms/restore_backup_dialog.ui" line="9"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="85"/>
        <source>Replace %s with the backup taken %s?

The file as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/restore_backup_dialog.ui" line="30"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/restore_backup_dialog.ui" line="40"/>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/restore_backup_dialog.ui" line="46"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="41"/>
        <source>pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="41"/>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="41"/>
        <source>mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="43"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="45"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="46"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="47"/>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="48"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="114"/>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/rounds_panel.py" line="115"/>
        <source>Delete the round “%1”? Later rounds may then repeat its pairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolTypeDialog</name>
    <message>
        <location filename="../../forms/tool_type_dialog.ui" line="6"/>
        <source>Your own tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tool_type_dialog.ui" line="18"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tool_type_dialog.ui" line="43"/>
        <location filename="../../forms/tool_type_dialog.ui" line="90"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tool_type_dialog.ui" line="50"/>
        <source>&amp;What it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tool_type_dialog.ui" line="70"/>
        <source>Cells of the map it serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tool_type_dialog.ui" line="97"/>
        <source>&amp;Learning goals it supports:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="112"/>
        <source>Tool selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="128"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="129"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="130"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="131"/>
        <source>Tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="132"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="133"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="134"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="190"/>
        <source>Open a data file and choose an initiative to plan its tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="199"/>
        <source>%1 planned activities using %2 of the %3 tool types · empty cells of the map: %4 · warnings: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="212"/>
        <source>Would help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="220"/>
        <source>no tool type serves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="228"/>
        <source>Empty cells: %1 (see Coverage for what would fill them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="229"/>
        <source>Nothing to warn about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="265"/>
        <source>This plan: activities per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="266"/>
        <source>The field: tool uses per mapped initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="267"/>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="278"/>
        <source>Activities over the initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="279"/>
        <source>No activities planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="334"/>
        <source>Activity added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="347"/>
        <source>Activity saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="361"/>
        <source>Deleted &apos;%1&apos;. Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="370"/>
        <source>Activity put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="376"/>
        <source>Save the engagement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="376"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="399"/>
        <source>Writing the engagement plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="404"/>
        <source>Engagement plan saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="410"/>
        <source>Engagement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="411"/>
        <source>The plan could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="125"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="77"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="78"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="92"/>
        <source>Pursued by %1 of the mapped initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="136"/>
        <source>Logistics done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="139"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="26"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="36"/>
        <source>&amp;Add activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="39"/>
        <source>Plan a new activity of one tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="46"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="49"/>
        <source>Change the selected activity (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="56"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="59"/>
        <source>Remove the selected activity from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="66"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="69"/>
        <source>Put back the activity you just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="89"/>
        <source>P&amp;rint plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="92"/>
        <source>Save the engagement plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="135"/>
        <source>Goals and cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="153"/>
        <source>&amp;Cadence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="179"/>
        <source>&amp;Learning goals pursued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="201"/>
        <source>Tick the goals the initiative pursues; the share of the 52 mapped initiatives pursuing each is in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="220"/>
        <location filename="../../forms/tools_page.ui" line="435"/>
        <location filename="../../forms/tools_page.ui" line="577"/>
        <source>color: #b00020;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="227"/>
        <source>Checks on this plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="246"/>
        <source>color: #8a3b00;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="270"/>
        <source>Co&amp;verage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="294"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="312"/>
        <source>Each peer&apos;s load (activities they take part in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="344"/>
        <source>C&amp;hecklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="384"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="397"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="407"/>
        <source>What was done, what is pending, who is on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="414"/>
        <source>Sa&amp;ve item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="443"/>
        <source>Tool &amp;catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="451"/>
        <source>Search tool types (name, description, examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="461"/>
        <source>Pa&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="474"/>
        <source>C&amp;hallenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="520"/>
        <source>Add &amp;own tool type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="523"/>
        <source>Describe a tool of your own and place it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="530"/>
        <source>Delete tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/tools_page.ui" line="533"/>
        <source>Only your own tool types that no activity uses can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../peerdesk/ui/app.py" line="64"/>
        <source>Cannot create %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/app.py" line="74"/>
        <source>%s does not exist. Create a new, empty data file there?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="108"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups/restore_dialog.py" line="108"/>
        <source>The restore failed: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../peerdesk/ui/errors.py" line="67"/>
        <source>PeerDesk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/errors.py" line="68"/>
        <source>Something went wrong: {error}

Your data file is as it was before this action. The details below are also in the log file {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="18"/>
        <source>[participant]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="19"/>
        <source>[initiative]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="19"/>
        <source>[partner]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="26"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="27"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="28"/>
        <source>As printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="29"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="33"/>
        <source>Kept?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="34"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/templates_dialog.py" line="35"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="127"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="127"/>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="127"/>
        <source>Informal contact with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="128"/>
        <source>Formal contact with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="128"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="128"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="140"/>
        <source>Type one reply per row: the date (2026-03-02 or 2.3.2026; empty = the row above&apos;s), the reporter, and whom they had informal and formal contact with (names separated by commas; any unique start of a name will do). Tab moves to the next cell. Ctrl+Return checks and saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/checklist_panel.py" line="63"/>
        <source>%1 of %2 items done, %3 in progress, %4 not applicable, %5 not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../peerdesk/ui/progress.py" line="23"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/printing.py" line="55"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/printing.py" line="77"/>
        <location filename="../../peerdesk/ui/contracts/printing.py" line="84"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/printing.py" line="78"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/printing.py" line="84"/>
        <source>The PDF could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="174"/>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="181"/>
        <source>%1 rows ready to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="183"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="196"/>
        <source>Reports saved: %1 (%2 merged into reports already in the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/capture.py" line="199"/>
        <source>%1 rows were not saved and stay in the grid: fix them and save again. Row numbers below are as typed, before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
