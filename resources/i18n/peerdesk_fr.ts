<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="29"/>
        <source>Commitment contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="33"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="34"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="35"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="36"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="42"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="43"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="45"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="46"/>
        <source>Authoriser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="48"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="53"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="54"/>
        <source>Not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="55"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/contracts/page.py" line="68"/>
        <source>%1 contracts, %2 signed; %3 of %4 commitments kept so far.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="24"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="35"/>
        <source>%1 contacts reported by %2 peers over %3 weeks; %4% of them informal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="42"/>
        <source>No contact reports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="46"/>
        <source>Reported contacts per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="47"/>
        <source>formal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="48"/>
        <source>informal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="49"/>
        <source>informal share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/evaluation/page.py" line="50"/>
        <source>No contact reports yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="89"/>
        <source>No data file open</source>
        <extracomment>Tab keys, in order; also the file names of ``peerdesk screenshots``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="104"/>
        <source>This data file holds no initiative yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="120"/>
        <source>1 peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="120"/>
        <source>%1 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="130"/>
        <source>PeerDesk data files (*%s);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="133"/>
        <source>New data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="140"/>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="141"/>
        <source>%s already exists. PeerDesk never overwrites a data file; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="148"/>
        <source>Open data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="156"/>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="161"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="161"/>
        <source>Choose a different file from the open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="164"/>
        <source>Copy saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="171"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="178"/>
        <source>Open recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="178"/>
        <source>%s no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="186"/>
        <source>About PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="188"/>
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
        <location filename="../../forms/main_window.ui" line="83"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="93"/>
        <source>&amp;New Data File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="101"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="104"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="109"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>Write a consistent copy of the open data file, for backup or to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="115"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="120"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="123"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128"/>
        <source>&amp;About PeerDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="38"/>
        <source>Peer matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="42"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="43"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="103"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="44"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="102"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="45"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="104"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="47"/>
        <location filename="../../peerdesk/ui/matching/page.py" line="106"/>
        <source>Career level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="51"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="53"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="58"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="61"/>
        <source>Missing: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="78"/>
        <source>No peers in this initiative yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="83"/>
        <source>1 peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="83"/>
        <source>%1 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="85"/>
        <source>%1 of %2 peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="105"/>
        <source>Professional affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="107"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="108"/>
        <source>Influence over the reform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="109"/>
        <source>Working languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="110"/>
        <source>Problems and challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="111"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="112"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="113"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="114"/>
        <source>Consent to hold data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="114"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/matching/page.py" line="114"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/matching_page.ui" line="22"/>
        <source>Search peers by name, country, organisation, problem…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="29"/>
        <source>Tool selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="34"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="35"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="36"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="37"/>
        <source>Tool type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="38"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="39"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="41"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="42"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="47"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="64"/>
        <source>%1 planned activities using %2 of the %3 tool types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="75"/>
        <source>Parts of the hourglass this plan leaves empty: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/tools/page.py" line="77"/>
        <source>Every part of the tool map has at least one planned activity.</source>
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
    <name>parent</name>
    <message>
        <location filename="../../peerdesk/ui/progress.py" line="23"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
