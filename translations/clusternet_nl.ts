<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CheckCommand</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load a design, validate it and print its findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design file (*.cluster.yaml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures analysed together: 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet check: --failures must be 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: clusternet [FILE]                 open the editor
       clusternet check FILE [--format text|json] [--failures 1|2]
       clusternet templates [--format text|json]
       clusternet fmt FILE [-o OUT]
       clusternet export FILE -o OUT [--page A4|A3|Letter|Legal] [--landscape]
                         [--tiles COLSxROWS] [--dpi N] [--report]
       clusternet report FILE [--format text|json|csv]
       clusternet new TEMPLATE -o FILE [--force]
       clusternet --help | --version

Designs the networks of failover clusters and checks them for single points
of failure and traffic-role isolation.
Run &apos;clusternet COMMAND --help&apos; for the options of a command.
Exit codes: 0 done, 1 the design has errors (check), 2 the input could not
be loaded or the command line is wrong.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet: unknown command or option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet %1: wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet: unknown format &apos;%1&apos;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignLoader</name>
    <message>
        <source>invalid %1 id &apos;%2&apos;: an id starts with a letter or digit and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown speed &apos;%1&apos;; expected one of 100M, 1G, 2.5G, 10G, 25G, 40G, 100G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a design starts with &apos;format: clusternet/1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;; expected format, template, design, policy, networks, devices or links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;format&apos; (expected &apos;format: clusternet/1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos;; expected &apos;clusternet/1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network &apos;%1&apos; is missing required key &apos;roles&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network &apos;%1&apos; needs at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; expected one of management, vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, backup, oob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad subnet &apos;%1&apos;: expected an IPv4 or IPv6 prefix such as 10.0.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown cluster_use &apos;%1&apos;; expected none, cluster or cluster-and-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown isolation &apos;%1&apos;; expected vlan or physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad colour &apos;%1&apos;: expected #RRGGBB or a colour name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is missing required key &apos;type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device type &apos;%1&apos;; expected host, switch, storage, router, firewall or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; needs a &apos;model&apos; naming its device template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to hosts only, and &apos;%2&apos; is a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a switch takes its ports from its device template; &apos;%1&apos; is not allowed on switch &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;stack&apos; applies to switches only, and &apos;%1&apos; is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid cluster id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid stack id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;position&apos; must be two numbers: [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adapter of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter &apos;%1:%2&apos; is missing required key &apos;ports&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate port id &apos;%1&apos; on adapter &apos;%2:%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team &apos;%1:%2&apos; is missing required key &apos;members&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team &apos;%1:%2&apos; has no members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team mode &apos;%1&apos;; expected switch-independent, static or lacp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binding of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binding names its port or team with &apos;via:&apos; (&apos;on:&apos; reads as true in YAML 1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binding of &apos;%1&apos; is missing required key &apos;via&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binding of &apos;%1&apos; is missing required key &apos;networks&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VM of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM &apos;%1&apos; is missing required key &apos;memory_gb&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link is missing required key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown link kind &apos;%1&apos;; expected cable or stacking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate network id &apos;%1&apos; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate device id &apos;%1&apos; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate link &apos;%1&apos; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port: write ADAPTER/PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has no adapter &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter &apos;%1:%2&apos; has no port &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device template for switch model &apos;%1&apos; (looked for a template whose model or slug matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate adapter or team id &apos;%1&apos; on device &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is already a member of team &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is a member of team &apos;%2&apos; and cannot also be bound on its own; bind the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has no team &apos;%2&apos; (a port is written ADAPTER/PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a link end: write DEVICE:ADAPTER/PORT or SWITCH:PORTNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; (%2) has no port &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; of switch &apos;%2&apos; is of type &apos;%3&apos;, which cannot be cabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stacking link joins two switches, and &apos;%1&apos; is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is already used by link &apos;%2&apos; (line %3); a port carries one link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignSaver</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <source>VLAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>physically isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stacking link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out-of-band management cable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line width: 1G thin, 10G thicker; several networks: striped; port names at both ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile row %1, column %2 of %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ p.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p.%1 ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▴ p.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p.%1 ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network diagram made with clusternet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image of %1 × %2 pixels is too large; use a lower --dpi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write the diagram to OUT: .pdf (vector, every page), .svg or .png (one page, fit). Designs with findings export too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; its suffix picks the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: A4, A3, Letter or Legal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape orientation (default portrait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile the diagram over COLUMNSxROWS pages (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of a PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add findings, bill of materials and cable schedule pages (PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet export: -o OUT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet export: OUT must end in .pdf, .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet export: unknown page size &apos;%1&apos;; expected A4, A3, Letter or Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet export: --tiles is COLUMNSxROWS, such as 2x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet export: --dpi must be a number from 30 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet export: --report and --tiles apply to PDF; writing one page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>unknown speed &apos;%1&apos;; expected 100M, 1G, 2.5G, 10G, 25G, 40G or 100G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 id &apos;%2&apos;: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate port id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network needs at least one role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The ends of link %1 differ in speed (%2 and %3); it runs at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member of team %1 is cabled, yet it is bound to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is bound to %2 but has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 carries physically isolated %2 together with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 joins switches %2 and %3 and so breaks the physical isolation of their networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 has an out-of-band management port (%2) with no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 has no cluster network that all its hosts are bound to; it needs two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1 has only one cluster network that all its hosts are bound to (%2); it needs two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 lacks networks that other hosts of cluster %2 have: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts %1 and %2 of cluster %3 are joined by no cluster network, even with nothing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cannot reach each other for %3, even with nothing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single point of failure: %2 lose %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 and %2 fail together, %3 lose %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live migration of VM %1 (%2 GB) from %3 takes about %4 s at %5 Gb/s, over the %6 s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining host %1 (%2 GB of VMs) takes about %3 s at %4 Gb/s, over the %5 s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If network %1 fails, no other cluster network of cluster %2 has room for its %3 Gb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host iSCSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest iSCSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out-of-band management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster communication (heartbeat, CSV, live migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 carries iSCSI network %2 together with %3; iSCSI needs ports of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 mixes iSCSI with other roles (%2); iSCSI networks carry nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live-migration traffic is unencrypted and must not share a network with VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management and VM traffic should back each other up on separate networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and live migration should back each other up on separate networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 carries %2 and %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks %1 and %2 have the same subnet %3: the cluster sees one network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subnets of networks %1 (%2) and %3 (%4) overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks %1 and %2 both use VLAN %3 and meet on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 (%2) is in stack %3, but that model cannot be stacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of stack %1 (%2) are not all joined by stacking links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All members of team %1 sit on adapter %2: losing that card loses the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cabled members of team %1 go to switch %2: losing that switch loses the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 is in %2 mode across switches that are not one stack; only switch-independent teaming works there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of team %1 have different port speeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI network %1 is bound to team %2; iSCSI uses MPIO over separate ports, not a team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FmtCommand</name>
    <message>
        <source>Load a design and write it back in canonical form (in place without -o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT instead of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Write a new design from a design template (see &apos;clusternet templates&apos;), without its template header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of a design template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet new: -o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet new: %1 exists; give --force to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clusternet new: no design template &apos;%1&apos;; there are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 from template %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Bill of materials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapters (NIC cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports per switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) %3: %4 used, %5 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no networks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live migration estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no VMs on hosts of a cluster of two or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM %1 on %2: %3 GB at %4 Gb/s: about %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining %1: %2 GB at %3 Gb/s: about %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the bill of materials, port use per switch, the cable schedule and live-migration estimates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports per switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cables by speed and media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(drain the host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live migration estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateReader</name>
    <message>
        <source>interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate interface name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template id &apos;%1&apos; must use only a-z, 0-9 and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>List the device and design templates on the search path, where each was found and which files it shadows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shadows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design templates:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlAccess</name>
    <message>
        <source>YAML syntax: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key must be a plain word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing required key &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an integer from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each item of &apos;%1&apos; must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (kept, but not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 nodes once aliases are expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file: no such file, or not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file: its size is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file: reading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a design file holds one YAML document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::DesignDocument</name>
    <message>
        <source>Untitled cluster design</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::DiagramScene</name>
    <message>
        <source>Failure mode: click a switch, a NIC card or a cable to fail it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link drawn: release the mouse on a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link drawn: both ends are on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link drawn: port %1 is already used by link %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link drawn: port %1 cannot be cabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n devices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::ExportDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (vector, all pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows (1 × 1: fit to one page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add findings, bill of materials and cable schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::FailurePanel</name>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on failure mode (Design menu) and click a switch, a NIC card or a cable to fail it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure mode is on: click a switch, a NIC card or a cable to fail it; click again to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1. Nothing is cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1. Cut:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::FindingsPanel</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &amp;Labels on Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Failure Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure mode: click a switch, a NIC card or a cable to fail it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rescan Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About clusternet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About clusternet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;clusternet %1&lt;/b&gt;&lt;p&gt;Designs the networks of failover clusters and checks them for single points of failure and traffic-role isolation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster designs (*.cluster.yaml *.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design could not be loaded:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster designs (*.cluster.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n device(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::NetworksPanel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Gb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: management, vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, backup, oob. Cluster use: none, cluster, cluster-and-client (empty: from the roles). Isolation: vlan or physical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a network &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VLAN must be an integer from 1 to 4094</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad subnet &apos;%1&apos;: expected a prefix such as 10.0.0.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster use is none, cluster or cluster-and-client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolation is vlan or physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load is a number of Gb/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour is #RRGGBB or a colour name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit network %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::PalettePanel</name>
    <message>
        <source>Device kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cn::PropertiesPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest live migration (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest host drain (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>600 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (x, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapters (NIC cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(named by its ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slower end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the bindings (write [] for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a limit must be a number of seconds, or empty for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the design needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit title block and policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a device &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory must be a number of GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position is two numbers: x, y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team &apos;%1&apos; needs members (ADAPTER/PORT, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team mode is switch-independent, static or lacp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binding names a port (ADAPTER/PORT) or a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VM needs a name and its memory in GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a link &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
