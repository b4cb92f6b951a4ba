<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Compare a design with the inventories of its hosts (collect-inventory.ps1) and list what was
built differently. Exit code 1 when something differs.</source>
        <translation>Vergelijk een ontwerp met de inventarissen van zijn hosts (collect-inventory.ps1) en toon wat
anders is gebouwd. Afsluitcode 1 als iets verschilt.</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Het ontwerpbestand.</translation>
    </message>
    <message>
        <source>The inventory of one host; one per host.</source>
        <translation>De inventaris van één host; één per host.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Uitvoerformaat: text of json.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>opmerking: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) from %2 inventor(ies)</source>
        <translation>
            <numerusform>%1: %n verschil met %2 inventaris(sen)</numerusform>
            <numerusform>%1: %n verschillen met %2 inventaris(sen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the copy %1 is in use by another clusternet</source>
        <translation>de kopie %1 is in gebruik door een andere clusternet</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n fout</numerusform>
            <numerusform>%1: %n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a design, validate it and print its findings.</source>
        <translation>Laad een ontwerp, controleer het en toon de bevindingen.</translation>
    </message>
    <message>
        <source>The design file (*.cluster.yaml).</source>
        <translation>Het ontwerpbestand (*.cluster.yaml).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Uitvoerformaat: text of json.</translation>
    </message>
    <message>
        <source>Failures analysed together: 1 or 2.</source>
        <translation>Aantal storingen dat samen wordt geanalyseerd: 1 of 2.</translation>
    </message>
    <message>
        <source>clusternet check: --failures must be 1 or 2</source>
        <translation>clusternet check: --failures moet 1 of 2 zijn</translation>
    </message>
    <message numerus="yes">
        <source>%1 loses %2 if two of its own cards or cables fail together (%n pair(s)): %3</source>
        <translation>
            <numerusform>%1 verliest %2 als twee van zijn eigen kaarten of kabels samen uitvallen (%n paar): %3</numerusform>
            <numerusform>%1 verliest %2 als twee van zijn eigen kaarten of kabels samen uitvallen (%n paren): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [accepted by %2: %3]</source>
        <translation>%1 [geaccepteerd door %2: %3]</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n geaccepteerd</numerusform>
            <numerusform>%n geaccepteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n open fout</numerusform>
            <numerusform>%n open fouten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: clusternet [FILE]                 open the editor
</source>
        <translation>Gebruik: clusternet [BESTAND]           de editor openen
</translation>
    </message>
    <message>
        <source>clusternet: unknown option &apos;%1&apos;</source>
        <translation>clusternet: onbekende optie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>clusternet: unknown command &apos;%1&apos;; the commands are: %2</source>
        <translation>clusternet: onbekende opdracht &apos;%1&apos;; de opdrachten zijn: %2</translation>
    </message>
    <message>
        <source>Designs the networks of failover clusters and checks them for single points
of failure and traffic-role isolation.
Run &apos;clusternet COMMAND --help&apos; for the options of a command.
Exit codes: 0 done, 1 the design has errors (check) or differs from what was
built (audit), 2 the input could not be loaded or the command line is wrong.
</source>
        <translation>Ontwerpt de netwerken van failoverclusters en controleert ze op single points
of failure en scheiding van verkeersrollen.
Voer &apos;clusternet OPDRACHT --help&apos; uit voor de opties van een opdracht.
Afsluitcodes: 0 klaar, 1 het ontwerp heeft fouten (check) of verschilt van wat
gebouwd is (audit), 2 de invoer kon niet worden geladen of de opdrachtregel klopt niet.
</translation>
    </message>
    <message>
        <source>Exit code 1 also: the design asks what a switch cannot do (config), the new
revision adds an error that is not accepted (diff).
</source>
        <translation>Exitcode 1 ook: het ontwerp vraagt wat een switch niet kan (config), de nieuwe
revisie voegt een fout toe die niet is geaccepteerd (diff).
</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Toon deze hulp.</translation>
    </message>
    <message>
        <source>clusternet %1: wrong number of arguments</source>
        <translation>clusternet %1: verkeerd aantal argumenten</translation>
    </message>
    <message>
        <source>clusternet: unknown format &apos;%1&apos;; expected %2</source>
        <translation>clusternet: onbekend formaat &apos;%1&apos;; verwacht %2</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Write the configuration of each switch (a stack is one): PowerConnect 5424, 6248 and 8024F CLI, or a vendor-neutral plan (Markdown and CSV) for other models. Without -o the configurations are printed. Exit 1 when the design asks for something a switch cannot do (the configurations name it and leave it out).</source>
        <translation>Schrijf de configuratie van elke switch (een stack is er één): CLI van PowerConnect 5424, 6248 en 8024F, of een leveranciersneutraal plan (Markdown en CSV) voor andere modellen. Zonder -o worden de configuraties afgedrukt. Exitcode 1 als het ontwerp iets vraagt wat een switch niet kan (de configuraties noemen het en laten het weg).</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Het ontwerpbestand.</translation>
    </message>
    <message>
        <source>Only the configuration of this switch (its stack&apos;s).</source>
        <translation>Alleen de configuratie van deze switch (van zijn stack).</translation>
    </message>
    <message>
        <source>Write one file per switch or stack into DIR.</source>
        <translation>Schrijf één bestand per switch of stack in DIR.</translation>
    </message>
    <message>
        <source>clusternet config: %1 is no switch of the design; the switches are: %2</source>
        <translation>clusternet config: %1 is geen switch van het ontwerp; de switches zijn: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>clusternet config: the design has no switch</source>
        <translation>clusternet config: het ontwerp heeft geen switch</translation>
    </message>
    <message>
        <source>clusternet config: %1: %2</source>
        <translation>clusternet config: %1: %2</translation>
    </message>
    <message>
        <source>clusternet config: cannot make the folder %1</source>
        <translation>clusternet config: kan de map %1 niet maken</translation>
    </message>
</context>
<context>
    <name>DesignEdits</name>
    <message>
        <source>there is no network &apos;%1&apos;</source>
        <translation>er is geen netwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no device &apos;%1&apos;</source>
        <translation>er is geen apparaat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>port %1 has no cable: draw one first</source>
        <translation>poort %1 heeft geen kabel: trek er eerst een</translation>
    </message>
    <message>
        <source>%1 has no port %2</source>
        <translation>%1 heeft geen poort %2</translation>
    </message>
</context>
<context>
    <name>DesignLoader</name>
    <message>
        <source>invalid %1 id &apos;%2&apos;: an id starts with a letter or digit and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>ongeldige %1-id &apos;%2&apos;: een id begint met een letter of cijfer en bevat alleen letters, cijfers, &apos;_&apos;, &apos;.&apos; en &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown speed &apos;%1&apos;; expected one of 100M, 1G, 2.5G, 10G, 25G, 40G, 100G</source>
        <translation>onbekende snelheid &apos;%1&apos;; verwacht een van 100M, 1G, 2.5G, 10G, 25G, 40G, 100G</translation>
    </message>
    <message>
        <source>the file is empty; a design starts with &apos;format: clusternet/1&apos;</source>
        <translation>het bestand is leeg; een ontwerp begint met &apos;format: clusternet/1&apos;</translation>
    </message>
    <message>
        <source>the design file</source>
        <translation>het ontwerpbestand</translation>
    </message>
    <message>
        <source>missing required key &apos;format&apos; (expected &apos;format: clusternet/1&apos;)</source>
        <translation>verplichte sleutel &apos;format&apos; ontbreekt (verwacht &apos;format: clusternet/1&apos;)</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos;; expected &apos;clusternet/1&apos;</source>
        <translation>niet ondersteund formaat &apos;%1&apos;; verwacht &apos;clusternet/1&apos;</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>een netwerk</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; is missing required key &apos;roles&apos;</source>
        <translation>netwerk &apos;%1&apos; mist de verplichte sleutel &apos;roles&apos;</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; needs at least one role</source>
        <translation>netwerk &apos;%1&apos; heeft minstens één rol nodig</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; expected one of management, vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, backup, oob</source>
        <translation>onbekende rol &apos;%1&apos;; verwacht een van management, vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, backup, oob</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>bad subnet &apos;%1&apos;: expected an IPv4 or IPv6 prefix such as 10.0.0.0/24</source>
        <translation>ongeldig subnet &apos;%1&apos;: verwacht een IPv4- of IPv6-prefix zoals 10.0.0.0/24</translation>
    </message>
    <message>
        <source>unknown cluster_use &apos;%1&apos;; expected none, cluster or cluster-and-client</source>
        <translation>onbekende cluster_use &apos;%1&apos;; verwacht none, cluster of cluster-and-client</translation>
    </message>
    <message>
        <source>unknown isolation &apos;%1&apos;; expected vlan or physical</source>
        <translation>onbekende isolation &apos;%1&apos;; verwacht vlan of physical</translation>
    </message>
    <message>
        <source>bad colour &apos;%1&apos;: expected #RRGGBB or a colour name</source>
        <translation>ongeldige kleur &apos;%1&apos;: verwacht #RRGGBB of een kleurnaam</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is missing required key &apos;type&apos;</source>
        <translation>apparaat &apos;%1&apos; mist de verplichte sleutel &apos;type&apos;</translation>
    </message>
    <message>
        <source>unknown device type &apos;%1&apos;; expected host, switch, storage, router, firewall or other</source>
        <translation>onbekend apparaattype &apos;%1&apos;; verwacht host, switch, storage, router, firewall of other</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; needs a &apos;model&apos; naming its device template</source>
        <translation>switch &apos;%1&apos; heeft een &apos;model&apos; nodig dat zijn apparaatsjabloon noemt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to hosts only, and &apos;%2&apos; is a %3</source>
        <translation>&apos;%1&apos; geldt alleen voor hosts, en &apos;%2&apos; is een %3</translation>
    </message>
    <message>
        <source>a switch takes its ports from its device template; &apos;%1&apos; is not allowed on switch &apos;%2&apos;</source>
        <translation>een switch krijgt zijn poorten uit zijn apparaatsjabloon; &apos;%1&apos; is niet toegestaan op switch &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;stack&apos; applies to switches only, and &apos;%1&apos; is a %2</source>
        <translation>&apos;stack&apos; geldt alleen voor switches, en &apos;%1&apos; is een %2</translation>
    </message>
    <message>
        <source>invalid cluster id &apos;%1&apos;</source>
        <translation>ongeldige cluster-id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid stack id &apos;%1&apos;</source>
        <translation>ongeldige stack-id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;position&apos; must be two numbers: [x, y]</source>
        <translation>&apos;position&apos; moet twee getallen zijn: [x, y]</translation>
    </message>
    <message>
        <source>an adapter of %1</source>
        <translation>een adapter van %1</translation>
    </message>
    <message>
        <source>adapter &apos;%1:%2&apos; is missing required key &apos;ports&apos;</source>
        <translation>adapter &apos;%1:%2&apos; mist de verplichte sleutel &apos;ports&apos;</translation>
    </message>
    <message>
        <source>duplicate port id &apos;%1&apos; on adapter &apos;%2:%3&apos;</source>
        <translation>dubbele poort-id &apos;%1&apos; op adapter &apos;%2:%3&apos;</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>een poort</translation>
    </message>
    <message>
        <source>invalid port id &apos;%1&apos;</source>
        <translation>ongeldige poort-id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a team of %1</source>
        <translation>een team van %1</translation>
    </message>
    <message>
        <source>team &apos;%1:%2&apos; is missing required key &apos;members&apos;</source>
        <translation>team &apos;%1:%2&apos; mist de verplichte sleutel &apos;members&apos;</translation>
    </message>
    <message>
        <source>team &apos;%1:%2&apos; has no members</source>
        <translation>team &apos;%1:%2&apos; heeft geen leden</translation>
    </message>
    <message>
        <source>unknown team mode &apos;%1&apos;; expected switch-independent, static or lacp</source>
        <translation>onbekende teammodus &apos;%1&apos;; verwacht switch-independent, static of lacp</translation>
    </message>
    <message>
        <source>a binding of %1</source>
        <translation>een binding van %1</translation>
    </message>
    <message>
        <source>a binding names its port or team with &apos;via:&apos; (&apos;on:&apos; reads as true in YAML 1.1)</source>
        <translation>een binding noemt zijn poort of team met &apos;via:&apos; (&apos;on:&apos; wordt in YAML 1.1 als true gelezen)</translation>
    </message>
    <message>
        <source>a binding of &apos;%1&apos; is missing required key &apos;via&apos;</source>
        <translation>een binding van &apos;%1&apos; mist de verplichte sleutel &apos;via&apos;</translation>
    </message>
    <message>
        <source>a binding of &apos;%1&apos; is missing required key &apos;networks&apos;</source>
        <translation>een binding van &apos;%1&apos; mist de verplichte sleutel &apos;networks&apos;</translation>
    </message>
    <message>
        <source>a VM of %1</source>
        <translation>een VM van %1</translation>
    </message>
    <message>
        <source>VM &apos;%1&apos; is missing required key &apos;memory_gb&apos;</source>
        <translation>VM &apos;%1&apos; mist de verplichte sleutel &apos;memory_gb&apos;</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>een verbinding</translation>
    </message>
    <message>
        <source>a link is missing required key &apos;%1&apos;</source>
        <translation>een verbinding mist de verplichte sleutel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown link kind &apos;%1&apos;; expected cable or stacking</source>
        <translation>onbekend verbindingstype &apos;%1&apos;; verwacht cable of stacking</translation>
    </message>
    <message>
        <source>duplicate network id &apos;%1&apos; (first at line %2)</source>
        <translation>dubbele netwerk-id &apos;%1&apos; (eerst op regel %2)</translation>
    </message>
    <message>
        <source>duplicate device id &apos;%1&apos; (first at line %2)</source>
        <translation>dubbele apparaat-id &apos;%1&apos; (eerst op regel %2)</translation>
    </message>
    <message>
        <source>duplicate link &apos;%1&apos; (first at line %2)</source>
        <translation>dubbele verbinding &apos;%1&apos; (eerst op regel %2)</translation>
    </message>
    <message>
        <source>unknown network &apos;%1&apos;</source>
        <translation>onbekend netwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port: write ADAPTER/PORT</source>
        <translation>&apos;%1&apos; is geen poort: schrijf ADAPTER/POORT</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has no adapter &apos;%2&apos;</source>
        <translation>apparaat &apos;%1&apos; heeft geen adapter &apos;%2&apos;</translation>
    </message>
    <message>
        <source>adapter &apos;%1:%2&apos; has no port &apos;%3&apos;</source>
        <translation>adapter &apos;%1:%2&apos; heeft geen poort &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no device template for switch model &apos;%1&apos; (looked for a template whose model or slug matches)</source>
        <translation>geen apparaatsjabloon voor switchmodel &apos;%1&apos; (gezocht naar een sjabloon met dit model of deze slug)</translation>
    </message>
    <message>
        <source>duplicate adapter or team id &apos;%1&apos; on device &apos;%2&apos;</source>
        <translation>dubbele adapter- of team-id &apos;%1&apos; op apparaat &apos;%2&apos;</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is already a member of team &apos;%2&apos;</source>
        <translation>poort &apos;%1&apos; is al lid van team &apos;%2&apos;</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is a member of team &apos;%2&apos; and cannot also be bound on its own; bind the team</source>
        <translation>poort &apos;%1&apos; is lid van team &apos;%2&apos; en kan niet ook los worden gebonden; bind het team</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has no team &apos;%2&apos; (a port is written ADAPTER/PORT)</source>
        <translation>apparaat &apos;%1&apos; heeft geen team &apos;%2&apos; (een poort schrijf je als ADAPTER/POORT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a link end: write DEVICE:ADAPTER/PORT or SWITCH:PORTNAME</source>
        <translation>&apos;%1&apos; is geen verbindingseinde: schrijf APPARAAT:ADAPTER/POORT of SWITCH:POORTNAAM</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;</source>
        <translation>onbekend apparaat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; (%2) has no port &apos;%3&apos;</source>
        <translation>switch &apos;%1&apos; (%2) heeft geen poort &apos;%3&apos;</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; of switch &apos;%2&apos; is of type &apos;%3&apos;, which cannot be cabled</source>
        <translation>poort &apos;%1&apos; van switch &apos;%2&apos; is van type &apos;%3&apos;, dat niet bekabeld kan worden</translation>
    </message>
    <message>
        <source>a stacking link joins two switches, and &apos;%1&apos; is a %2</source>
        <translation>een stackingverbinding verbindt twee switches, en &apos;%1&apos; is een %2</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is already used by link &apos;%2&apos; (line %3); a port carries one link</source>
        <translation>poort &apos;%1&apos; wordt al gebruikt door verbinding &apos;%2&apos; (regel %3); een poort draagt één verbinding</translation>
    </message>
    <message>
        <source>template id &apos;%1&apos; must use only a-z, 0-9 and &apos;-&apos;</source>
        <translation>sjabloon-id &apos;%1&apos; mag alleen a-z, 0-9 en &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <source>stacking link &apos;%1&apos; joins switch &apos;%2&apos; to itself; a stacking link joins two switches</source>
        <translation>stackingverbinding &apos;%1&apos; verbindt switch &apos;%2&apos; met zichzelf; een stackingverbinding verbindt twee switches</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; joins device &apos;%2&apos; to itself; a cable joins two devices</source>
        <translation>verbinding &apos;%1&apos; verbindt apparaat &apos;%2&apos; met zichzelf; een kabel verbindt twee apparaten</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;; expected format, template, design, policy, networks, devices, links or accepted_risks</source>
        <translation>onbekende sleutel &apos;%1&apos; op het hoogste niveau; verwacht format, template, design, policy, networks, devices, links of accepted_risks</translation>
    </message>
    <message>
        <source>an accepted risk</source>
        <translation>een geaccepteerd risico</translation>
    </message>
    <message>
        <source>unknown rule &apos;%1&apos; in an accepted risk; a rule id of RULES.md, such as spof</source>
        <translation>onbekende regel &apos;%1&apos; in een geaccepteerd risico; een regel-id uit RULES.md, zoals spof</translation>
    </message>
    <message>
        <source>an accepted risk of rule &apos;%1&apos; is missing required key &apos;elements&apos;</source>
        <translation>een geaccepteerd risico van regel &apos;%1&apos; mist de verplichte sleutel &apos;elements&apos;</translation>
    </message>
    <message>
        <source>an accepted risk names at least one element, as its finding does</source>
        <translation>een geaccepteerd risico noemt minstens één element, zoals zijn bevinding</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; (%2) has no port &apos;%3&apos;: its template lists the fixed ports only, and a port a module adds is not known; module bay %4 may hold such a module</source>
        <translation>switch &apos;%1&apos; (%2) heeft geen poort &apos;%3&apos;: het sjabloon noemt alleen de vaste poorten, en een poort die een module toevoegt is niet bekend; modulesleuf %4 kan zo&apos;n module bevatten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>port &apos;%1&apos; of switch &apos;%2&apos; is a stacking port (%3): only a stacking link can use it</source>
        <translation>poort &apos;%1&apos; van switch &apos;%2&apos; is een stackingpoort (%3): alleen een stackingverbinding kan hem gebruiken</translation>
    </message>
</context>
<context>
    <name>DiagramRenderer</name>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>physically isolated</source>
        <translation>fysiek gescheiden</translation>
    </message>
    <message>
        <source>stacking link</source>
        <translation>stackingverbinding</translation>
    </message>
    <message>
        <source>out-of-band management cable</source>
        <translation>out-of-band-beheerkabel</translation>
    </message>
    <message>
        <source>Tile row %1, column %2 of %3 × %4</source>
        <translation>Tegel rij %1, kolom %2 van %3 × %4</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>◂ p.%1</source>
        <translation>◂ p.%1</translation>
    </message>
    <message>
        <source>p.%1 ▸</source>
        <translation>p.%1 ▸</translation>
    </message>
    <message>
        <source>▴ p.%1</source>
        <translation>▴ p.%1</translation>
    </message>
    <message>
        <source>p.%1 ▾</source>
        <translation>p.%1 ▾</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(niet opgeslagen)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>kan %1 niet schrijven</translation>
    </message>
    <message>
        <source>Network diagram made with clusternet</source>
        <translation>Netwerkdiagram gemaakt met clusternet</translation>
    </message>
    <message>
        <source>the image of %1 × %2 pixels is too large; use a lower --dpi</source>
        <translation>de afbeelding van %1 × %2 pixels is te groot; gebruik een lagere --dpi</translation>
    </message>
    <message>
        <source>added since revision %1</source>
        <translation>toegevoegd sinds revisie %1</translation>
    </message>
    <message>
        <source>removed since revision %1 (dashed)</source>
        <translation>verwijderd sinds revisie %1 (gestreept)</translation>
    </message>
    <message>
        <source>changed since revision %1</source>
        <translation>gewijzigd sinds revisie %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rev</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 toegevoegd, %2 verwijderd, %3 gewijzigd</translation>
    </message>
    <message>
        <source>earlier revision</source>
        <translation>eerdere revisie</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>line width: 1G thin, 10G thicker; several networks: striped; cable id and port name at both ends</source>
        <translation>lijndikte: 1G dun, 10G dikker; meerdere netwerken: gestreept; kabel-id en poortnaam aan beide uiteinden</translation>
    </message>
    <message>
        <source>port name with *: a management-only (out-of-band) port</source>
        <translation>poortnaam met *: een poort alleen voor beheer (out-of-band)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>[accepted by %1]</source>
        <translation>[geaccepteerd door %1]</translation>
    </message>
    <message>
        <source>List what changed from revision OLD to NEW of a design: devices, adapters, ports, teams, bindings, links, networks, the policy and accepted risks added, removed or changed (moves are not changes), and the findings that appear or disappear. Exit 1 when NEW adds an error that is not accepted.</source>
        <translation>Toon wat er veranderde van revisie OLD naar NEW van een ontwerp: apparaten, adapters, poorten, teams, bindingen, verbindingen, netwerken, het beleid en geaccepteerde risico&apos;s toegevoegd, verwijderd of gewijzigd (verplaatsen is geen wijziging), en de bevindingen die verschijnen of verdwijnen. Exitcode 1 als NEW een fout toevoegt die niet is geaccepteerd.</translation>
    </message>
    <message>
        <source>The earlier revision.</source>
        <translation>De eerdere revisie.</translation>
    </message>
    <message>
        <source>The later revision.</source>
        <translation>De latere revisie.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Uitvoerformaat: text of json.</translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation>(revisie %1)</translation>
    </message>
    <message numerus="yes">
        <source>From %1%2 to %3%4: %n change(s)</source>
        <translation>
            <numerusform>Van %1%2 naar %3%4: %n wijziging</numerusform>
            <numerusform>Van %1%2 naar %3%4: %n wijzigingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1 appear, %2 disappear</source>
        <translation>Bevindingen: %1 verschijnen, %2 verdwijnen</translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted or no longer accepted</source>
        <translation>
            <numerusform>, %n geaccepteerd of niet langer geaccepteerd</numerusform>
            <numerusform>, %n geaccepteerd of niet langer geaccepteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>[no longer accepted]</source>
        <translation>[niet langer geaccepteerd]</translation>
    </message>
    <message>
        <source>The new revision adds an error that is not accepted.</source>
        <translation>De nieuwe revisie voegt een fout toe die niet is geaccepteerd.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The design file.</source>
        <translation>Het ontwerpbestand.</translation>
    </message>
    <message>
        <source>The file to write; its suffix picks the format.</source>
        <translation>Het bestand om te schrijven; de extensie bepaalt het formaat.</translation>
    </message>
    <message>
        <source>Paper size: A4, A3, Letter or Legal.</source>
        <translation>Papierformaat: A4, A3, Letter of Legal.</translation>
    </message>
    <message>
        <source>Landscape orientation (default portrait).</source>
        <translation>Liggende oriëntatie (standaard staand).</translation>
    </message>
    <message>
        <source>Tile the diagram over COLUMNSxROWS pages (PDF).</source>
        <translation>Verdeel het diagram over KOLOMMENxRIJEN pagina&apos;s (PDF).</translation>
    </message>
    <message>
        <source>Resolution of a PNG.</source>
        <translation>Resolutie van een PNG.</translation>
    </message>
    <message>
        <source>Add findings, bill of materials and cable schedule pages (PDF).</source>
        <translation>Voeg pagina&apos;s toe met bevindingen, stuklijst en kabelschema (PDF).</translation>
    </message>
    <message>
        <source>clusternet export: -o OUT is required</source>
        <translation>clusternet export: -o UIT is verplicht</translation>
    </message>
    <message>
        <source>clusternet export: unknown page size &apos;%1&apos;; expected A4, A3, Letter or Legal</source>
        <translation>clusternet export: onbekend papierformaat &apos;%1&apos;; verwacht A4, A3, Letter of Legal</translation>
    </message>
    <message>
        <source>clusternet export: --tiles is COLUMNSxROWS, such as 2x1</source>
        <translation>clusternet export: --tiles is KOLOMMENxRIJEN, zoals 2x1</translation>
    </message>
    <message>
        <source>clusternet export: --dpi must be a number from 30 to 1200</source>
        <translation>clusternet export: --dpi moet een getal van 30 tot 1200 zijn</translation>
    </message>
    <message>
        <source>clusternet export: --report and --tiles apply to PDF; writing one page</source>
        <translation>clusternet export: --report en --tiles gelden voor PDF; er wordt één pagina geschreven</translation>
    </message>
    <message>
        <source>clusternet export: cannot make the folder %1</source>
        <translation>clusternet export: kan de map %1 niet maken</translation>
    </message>
    <message>
        <source>Write the diagram to OUT: .pdf (vector, every page), .svg or .png (one page, fit), or for other tools to edit .drawio (draw.io) or .graphml (yEd). --netbox writes NetBox import files into the folder OUT instead. Designs with findings export too.</source>
        <translation>Schrijf het diagram naar OUT: .pdf (vector, elke pagina), .svg of .png (één pagina, passend), of om in andere programma&apos;s te bewerken .drawio (draw.io) of .graphml (yEd). --netbox schrijft in plaats daarvan NetBox-importbestanden in de map OUT. Ontwerpen met bevindingen worden ook geëxporteerd.</translation>
    </message>
    <message>
        <source>Write NetBox bulk-import CSV files into the folder OUT.</source>
        <translation>Schrijf NetBox-bulkimportbestanden (CSV) in de map OUT.</translation>
    </message>
    <message>
        <source>The NetBox site (--netbox); default: the design&apos;s title.</source>
        <translation>De NetBox-site (--netbox); standaard: de titel van het ontwerp.</translation>
    </message>
    <message>
        <source>Draw the changes since the earlier revision OLD and add a change list and a revision table (.pdf, .svg, .png).</source>
        <translation>Teken de wijzigingen sinds de eerdere revisie OLD en voeg een wijzigingslijst en een revisietabel toe (.pdf, .svg, .png).</translation>
    </message>
    <message>
        <source>clusternet export: OUT must end in .pdf, .svg, .png, .drawio or .graphml (or be a folder, with --netbox)</source>
        <translation>clusternet export: OUT moet eindigen op .pdf, .svg, .png, .drawio of .graphml (of een map zijn, met --netbox)</translation>
    </message>
    <message>
        <source>clusternet export: --compare draws on paper: OUT must end in .pdf, .svg or .png</source>
        <translation>clusternet export: --compare tekent op papier: OUT moet eindigen op .pdf, .svg of .png</translation>
    </message>
    <message>
        <source>clusternet export: --site goes with --netbox</source>
        <translation>clusternet export: --site hoort bij --netbox</translation>
    </message>
    <message>
        <source>clusternet export: --report and --tiles apply to PDF; ignored</source>
        <translation>clusternet export: --report en --tiles gelden voor PDF; genegeerd</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>unknown speed &apos;%1&apos;; expected 100M, 1G, 2.5G, 10G, 25G, 40G or 100G</source>
        <translation>onbekende snelheid &apos;%1&apos;; verwacht 100M, 1G, 2.5G, 10G, 25G, 40G of 100G</translation>
    </message>
    <message>
        <source>invalid %1 id &apos;%2&apos;: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>ongeldige %1-id &apos;%2&apos;: gebruik letters, cijfers, &apos;_&apos;, &apos;.&apos; en &apos;-&apos;</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>duplicate port id &apos;%1&apos;</source>
        <translation>dubbele poort-id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>onbekende rol &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a network needs at least one role</source>
        <translation>een netwerk heeft minstens één rol nodig</translation>
    </message>
    <message>
        <source>a VLAN is a whole number</source>
        <translation>een VLAN is een geheel getal</translation>
    </message>
    <message>
        <source>VLAN %1 is out of range: 1 to 4094</source>
        <translation>VLAN %1 valt buiten het bereik: 1 tot 4094</translation>
    </message>
    <message>
        <source>add the prefix length: %1/24, for example</source>
        <translation>voeg de prefixlengte toe: bijvoorbeeld %1/24</translation>
    </message>
    <message>
        <source>not a subnet: write an address and prefix, such as 10.0.10.0/24</source>
        <translation>geen subnet: schrijf een adres en prefix, zoals 10.0.10.0/24</translation>
    </message>
    <message>
        <source>a rate is a number of Gb/s, 0 or more</source>
        <translation>een snelheid is een aantal Gb/s, 0 of meer</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The ends of link %1 differ in speed (%2 and %3); it runs at %4</source>
        <translation>De uiteinden van verbinding %1 verschillen in snelheid (%2 en %3); ze werkt op %4</translation>
    </message>
    <message>
        <source>No member of team %1 is cabled, yet it is bound to %2</source>
        <translation>Geen lid van team %1 is bekabeld, terwijl het aan %2 is gebonden</translation>
    </message>
    <message>
        <source>Port %1 is bound to %2 but has no link</source>
        <translation>Poort %1 is aan %2 gebonden maar heeft geen verbinding</translation>
    </message>
    <message>
        <source>Switch %1 carries physically isolated %2 together with %3</source>
        <translation>Switch %1 draagt het fysiek gescheiden %2 samen met %3</translation>
    </message>
    <message>
        <source>Link %1 joins switches %2 and %3 and so breaks the physical isolation of their networks</source>
        <translation>Verbinding %1 koppelt switches %2 en %3 en doorbreekt zo de fysieke scheiding van hun netwerken</translation>
    </message>
    <message>
        <source>Switch %1 has an out-of-band management port (%2) with no link</source>
        <translation>Switch %1 heeft een out-of-band-beheerpoort (%2) zonder verbinding</translation>
    </message>
    <message>
        <source>Cluster %1 has no cluster network that all its hosts are bound to; it needs two</source>
        <translation>Cluster %1 heeft geen clusternetwerk waaraan al zijn hosts gebonden zijn; het heeft er twee nodig</translation>
    </message>
    <message>
        <source>Cluster %1 has only one cluster network that all its hosts are bound to (%2); it needs two</source>
        <translation>Cluster %1 heeft maar één clusternetwerk waaraan al zijn hosts gebonden zijn (%2); het heeft er twee nodig</translation>
    </message>
    <message>
        <source>Host %1 lacks networks that other hosts of cluster %2 have: %3</source>
        <translation>Host %1 mist netwerken die andere hosts van cluster %2 wel hebben: %3</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 of cluster %3 are joined by no cluster network, even with nothing failed</source>
        <translation>Hosts %1 en %2 van cluster %3 zijn door geen enkel clusternetwerk verbonden, zelfs als alles werkt</translation>
    </message>
    <message>
        <source>%1 and %2 cannot reach each other for %3, even with nothing failed</source>
        <translation>%1 en %2 kunnen elkaar niet bereiken voor %3, zelfs als alles werkt</translation>
    </message>
    <message>
        <source>%1 is a single point of failure: %2 lose %3</source>
        <translation>%1 is een single point of failure: %2 verliezen %3</translation>
    </message>
    <message>
        <source>If %1 and %2 fail together, %3 lose %4</source>
        <translation>Als %1 en %2 samen uitvallen, verliezen %3 %4</translation>
    </message>
    <message>
        <source>Live migration of VM %1 (%2 GB) from %3 takes about %4 s at %5 Gb/s, over the %6 s limit</source>
        <translation>Livemigratie van VM %1 (%2 GB) vanaf %3 duurt ongeveer %4 s bij %5 Gb/s, boven de grens van %6 s</translation>
    </message>
    <message>
        <source>Draining host %1 (%2 GB of VMs) takes about %3 s at %4 Gb/s, over the %5 s limit</source>
        <translation>Host %1 leegmaken (%2 GB aan VM&apos;s) duurt ongeveer %3 s bij %4 Gb/s, boven de grens van %5 s</translation>
    </message>
    <message>
        <source>If network %1 fails, no other cluster network of cluster %2 has room for its %3 Gb/s</source>
        <translation>Als netwerk %1 uitvalt, heeft geen ander clusternetwerk van cluster %2 ruimte voor zijn %3 Gb/s</translation>
    </message>
    <message>
        <source>management</source>
        <translation>beheer</translation>
    </message>
    <message>
        <source>VM traffic</source>
        <translation>VM-verkeer</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>heartbeat</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>live migration</source>
        <translation>livemigratie</translation>
    </message>
    <message>
        <source>host iSCSI</source>
        <translation>host-iSCSI</translation>
    </message>
    <message>
        <source>guest iSCSI</source>
        <translation>gast-iSCSI</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>back-up</translation>
    </message>
    <message>
        <source>out-of-band management</source>
        <translation>out-of-band-beheer</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>cluster communication (heartbeat, CSV, live migration)</source>
        <translation>clustercommunicatie (heartbeat, CSV, livemigratie)</translation>
    </message>
    <message>
        <source>switch %1</source>
        <translation>switch %1</translation>
    </message>
    <message>
        <source>adapter %1</source>
        <translation>adapter %1</translation>
    </message>
    <message>
        <source>cable %1</source>
        <translation>kabel %1</translation>
    </message>
    <message>
        <source>Port %1 carries iSCSI network %2 together with %3; iSCSI needs ports of its own</source>
        <translation>Poort %1 draagt iSCSI-netwerk %2 samen met %3; iSCSI heeft eigen poorten nodig</translation>
    </message>
    <message>
        <source>Network %1 mixes iSCSI with other roles (%2); iSCSI networks carry nothing else</source>
        <translation>Netwerk %1 mengt iSCSI met andere rollen (%2); iSCSI-netwerken dragen niets anders</translation>
    </message>
    <message>
        <source>live-migration traffic is unencrypted and must not share a network with VMs</source>
        <translation>livemigratieverkeer is onversleuteld en mag geen netwerk delen met VM&apos;s</translation>
    </message>
    <message>
        <source>management and VM traffic should back each other up on separate networks</source>
        <translation>beheer- en VM-verkeer horen elkaar als back-up te dienen op aparte netwerken</translation>
    </message>
    <message>
        <source>CSV and live migration should back each other up on separate networks</source>
        <translation>CSV en livemigratie horen elkaar als back-up te dienen op aparte netwerken</translation>
    </message>
    <message>
        <source>Network %1 carries %2 and %3: %4</source>
        <translation>Netwerk %1 draagt %2 en %3: %4</translation>
    </message>
    <message>
        <source>Networks %1 and %2 have the same subnet %3: the cluster sees one network</source>
        <translation>Netwerken %1 en %2 hebben hetzelfde subnet %3: het cluster ziet één netwerk</translation>
    </message>
    <message>
        <source>The subnets of networks %1 (%2) and %3 (%4) overlap</source>
        <translation>De subnetten van netwerken %1 (%2) en %3 (%4) overlappen</translation>
    </message>
    <message>
        <source>Networks %1 and %2 both use VLAN %3 and meet on %4</source>
        <translation>Netwerken %1 en %2 gebruiken allebei VLAN %3 en komen samen op %4</translation>
    </message>
    <message>
        <source>Switch %1 (%2) is in stack %3, but that model cannot be stacked</source>
        <translation>Switch %1 (%2) zit in stack %3, maar dat model kan niet gestackt worden</translation>
    </message>
    <message>
        <source>The members of stack %1 (%2) are not all joined by stacking links</source>
        <translation>De leden van stack %1 (%2) zijn niet allemaal verbonden door stackingverbindingen</translation>
    </message>
    <message>
        <source>All members of team %1 sit on adapter %2: losing that card loses the team</source>
        <translation>Alle leden van team %1 zitten op adapter %2: als die kaart uitvalt, valt het team uit</translation>
    </message>
    <message>
        <source>All cabled members of team %1 go to switch %2: losing that switch loses the team</source>
        <translation>Alle bekabelde leden van team %1 gaan naar switch %2: als die switch uitvalt, valt het team uit</translation>
    </message>
    <message>
        <source>Team %1 is in %2 mode across switches that are not one stack; only switch-independent teaming works there</source>
        <translation>Team %1 staat in %2-modus over switches die geen stack vormen; daar werkt alleen switch-independent teaming</translation>
    </message>
    <message>
        <source>The members of team %1 have different port speeds</source>
        <translation>De leden van team %1 hebben verschillende poortsnelheden</translation>
    </message>
    <message>
        <source>iSCSI network %1 is bound to team %2; iSCSI uses MPIO over separate ports, not a team</source>
        <translation>iSCSI-netwerk %1 is gebonden aan team %2; iSCSI gebruikt MPIO over aparte poorten, geen team</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The accepted risk %1 on %2 (accepted by %3) no longer occurs: remove it from accepted_risks</source>
        <translation>Het geaccepteerde risico %1 op %2 (geaccepteerd door %3) komt niet meer voor: haal het uit accepted_risks</translation>
    </message>
    <message>
        <source>Switch %1 (%2): port %3 is taken as its out-of-band management port for its name; the template (%4) does not mark it mgmt_only</source>
        <translation>Switch %1 (%2): poort %3 wordt om zijn naam als out-of-band-beheerpoort genomen; het sjabloon (%4) markeert hem niet als mgmt_only</translation>
    </message>
</context>
<context>
    <name>FmtCommand</name>
    <message>
        <source>Load a design and write it back in canonical form (in place without -o).</source>
        <translation>Laad een ontwerp en schrijf het terug in canonieke vorm (ter plekke zonder -o).</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Het ontwerpbestand.</translation>
    </message>
    <message>
        <source>Write to OUT instead of FILE.</source>
        <translation>Schrijf naar UIT in plaats van BESTAND.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Build a design from the inventories that collect-inventory.ps1 wrote on a cluster&apos;s hosts.
Roles are guessed from the cluster networks&apos; roles and names, and every guess is said.
Switches come from LLDP; one whose model no template matches becomes a generic switch,
with a template written to devices/ beside the design.</source>
        <translation>Bouw een ontwerp uit de inventarissen die collect-inventory.ps1 op de hosts van een cluster schreef.
Rollen worden geraden uit de rollen en namen van de clusternetwerken, en elke gok wordt gemeld.
Switches komen uit LLDP; een switch waarvan geen sjabloon het model kent, wordt een generieke
switch, met een sjabloon in devices/ naast het ontwerp.</translation>
    </message>
    <message>
        <source>The inventory of one host; one per host.</source>
        <translation>De inventaris van één host; één per host.</translation>
    </message>
    <message>
        <source>The design file to write.</source>
        <translation>Het te schrijven ontwerpbestand.</translation>
    </message>
    <message>
        <source>The model (a device template) of a switch LLDP does not describe. Repeatable.</source>
        <translation>Het model (een apparaatsjabloon) van een switch die LLDP niet beschrijft. Herhaalbaar.</translation>
    </message>
    <message>
        <source>Overwrite DESIGN and generated templates that exist.</source>
        <translation>Bestaand ONTWERP en gemaakte sjablonen overschrijven.</translation>
    </message>
    <message>
        <source>clusternet import: -o DESIGN is required</source>
        <translation>clusternet import: -o ONTWERP is verplicht</translation>
    </message>
    <message>
        <source>clusternet import: %1 exists; give --force to overwrite it</source>
        <translation>clusternet import: %1 bestaat; geef --force om het te overschrijven</translation>
    </message>
    <message>
        <source>clusternet import: --switch-model wants SWITCH=MODEL, not &apos;%1&apos;</source>
        <translation>clusternet import: --switch-model verwacht SWITCH=MODEL, niet &apos;%1&apos;</translation>
    </message>
    <message>
        <source>clusternet import: %1 exists with other content; give --force to overwrite it</source>
        <translation>clusternet import: %1 bestaat met andere inhoud; geef --force om het te overschrijven</translation>
    </message>
    <message>
        <source>clusternet import: cannot make folder %1</source>
        <translation>clusternet import: kan map %1 niet maken</translation>
    </message>
    <message>
        <source>clusternet import: the imported design does not load (a bug): %1</source>
        <translation>clusternet import: het geïmporteerde ontwerp laadt niet (een fout): %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>opmerking: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n host(s)</source>
        <translation>
            <numerusform>%1 geschreven: %n host</numerusform>
            <numerusform>%1 geschreven: %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n switch</numerusform>
            <numerusform>%n switches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n netwerk</numerusform>
            <numerusform>%n netwerken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s)</source>
        <translation>
            <numerusform>%n kabel</numerusform>
            <numerusform>%n kabels</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (generic switch)</source>
        <translation>%1 geschreven (generieke switch)</translation>
    </message>
</context>
<context>
    <name>InventoryAudit</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>untagged</translation>
    </message>
    <message>
        <source>down</source>
        <translation>down</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>uitgeschakeld</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>niet aanwezig</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>in een onbekende toestand</translation>
    </message>
    <message>
        <source>%1 has no card %2: none of its ports (%3) is on the host</source>
        <translation>%1 heeft geen kaart %2: geen van haar poorten (%3) zit in de host</translation>
    </message>
    <message>
        <source>%1 has no port %2 on card %3</source>
        <translation>%1 heeft geen poort %2 op kaart %3</translation>
    </message>
    <message>
        <source>%1 has a card the design does not: %2 (%3) with %4</source>
        <translation>%1 heeft een kaart die het ontwerp niet heeft: %2 (%3) met %4</translation>
    </message>
    <message>
        <source>%1 has a port %2 on card %3 that the design does not</source>
        <translation>%1 heeft een poort %2 op kaart %3 die het ontwerp niet heeft</translation>
    </message>
    <message numerus="yes">
        <source>the ports of card %1 sit on %n cards of %2: %3</source>
        <translation>
            <numerusform>de poorten van kaart %1 zitten op %n kaart van %2: %3</numerusform>
            <numerusform>de poorten van kaart %1 zitten op %n kaarten van %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>cards %1 of the design are one card on %2 (%3, %4): they fail together</source>
        <translation>kaarten %1 van het ontwerp zijn één kaart op %2 (%3, %4): ze vallen samen uit</translation>
    </message>
    <message>
        <source>%1 %2 runs at %3, designed %4</source>
        <translation>%1 %2 draait op %3, ontworpen %4</translation>
    </message>
    <message>
        <source>%1 %2 is %3, but the design uses it</source>
        <translation>%1 %2 is %3, maar het ontwerp gebruikt hem</translation>
    </message>
    <message>
        <source>%1 has no team %2 (of %3)</source>
        <translation>%1 heeft geen team %2 (van %3)</translation>
    </message>
    <message>
        <source>team %1 on %2 has members %3, designed %4</source>
        <translation>team %1 op %2 heeft leden %3, ontworpen %4</translation>
    </message>
    <message>
        <source>; all of them on one card (%1)</source>
        <translation>; allemaal op één kaart (%1)</translation>
    </message>
    <message>
        <source>team %1 on %2 runs %3, designed %4</source>
        <translation>team %1 op %2 draait %3, ontworpen %4</translation>
    </message>
    <message>
        <source>%1 has a team %2 (%3, of %4) that the design does not</source>
        <translation>%1 heeft een team %2 (%3, van %4) dat het ontwerp niet heeft</translation>
    </message>
    <message>
        <source>SET</source>
        <translation>SET</translation>
    </message>
    <message>
        <source>LBFO</source>
        <translation>LBFO</translation>
    </message>
    <message>
        <source>%1 has no Hyper-V switch on %2 for network %3</source>
        <translation>%1 heeft geen Hyper-V-switch op %2 voor netwerk %3</translation>
    </message>
    <message>
        <source>%1 %2 (network %3 on %4) is %5, designed VLAN %6</source>
        <translation>%1 %2 (netwerk %3 op %4) is %5, ontworpen VLAN %6</translation>
    </message>
    <message>
        <source>%1 has network %2 on %3 (%4), designed on %5</source>
        <translation>%1 heeft netwerk %2 op %3 (%4), ontworpen op %5</translation>
    </message>
    <message>
        <source>%1 has no interface on network %2 (%3, %4), designed on %5</source>
        <translation>%1 heeft geen interface op netwerk %2 (%3, %4), ontworpen op %5</translation>
    </message>
    <message>
        <source>no subnet</source>
        <translation>geen subnet</translation>
    </message>
    <message>
        <source>%1 has %2 (%3, %4) on %5, which the design does not bind there%6</source>
        <translation>%1 heeft %2 (%3, %4) op %5, wat het ontwerp daar niet bindt%6</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>geen adres</translation>
    </message>
    <message>
        <source> (network %1)</source>
        <translation> (netwerk %1)</translation>
    </message>
    <message>
        <source>%1 has Hyper-V switch %2 on %3, which the design binds to no VM network there</source>
        <translation>%1 heeft Hyper-V-switch %2 op %3, waar het ontwerp geen VM-netwerk aan bindt</translation>
    </message>
    <message>
        <source>%1: %2 sees port &apos;%3&apos; of switch %4, which names no port of its model</source>
        <translation>%1: %2 ziet poort &apos;%3&apos; van switch %4, die geen poort van zijn model noemt</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to %3, designed to %4 (%5)</source>
        <translation>%1 %2 is bekabeld naar %3, ontworpen naar %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to switch %3 port %4, which is not in the design; designed to %5 (%6)</source>
        <translation>%1 %2 is bekabeld naar switch %3 poort %4, die niet in het ontwerp staat; ontworpen naar %5 (%6)</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to %3; the design leaves it uncabled (%4)</source>
        <translation>%1 %2 is bekabeld naar %3; het ontwerp laat hem onbekabeld (%4)</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to switch %3 port %4, which is not in the design (%5)</source>
        <translation>%1 %2 is bekabeld naar switch %3 poort %4, die niet in het ontwerp staat (%5)</translation>
    </message>
    <message>
        <source>LLDP on %1</source>
        <translation>LLDP op %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the design</source>
        <translation>%1 (%2) staat niet in het ontwerp</translation>
    </message>
    <message>
        <source>%1: no inventory given; not audited</source>
        <translation>%1: geen inventaris gegeven; niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>%1: no port of card %2 reports a speed; it is drawn at 1G</source>
        <translation>%1: geen poort van kaart %2 meldt een snelheid; ze wordt op 1G getekend</translation>
    </message>
    <message>
        <source>%1: team %2 has a member %3 that is no physical adapter; left out</source>
        <translation>%1: team %2 heeft een lid %3 dat geen fysieke adapter is; weggelaten</translation>
    </message>
    <message>
        <source>%1: team %2 runs in mode &apos;%3&apos;, which a design cannot say; left as switch-independent</source>
        <translation>%1: team %2 draait in modus &apos;%3&apos;, die een ontwerp niet kan uitdrukken; als switch-independent gelaten</translation>
    </message>
    <message>
        <source>%1: interface %2 sits on no physical port or team that the inventory shows; it is not bound</source>
        <translation>%1: interface %2 zit op geen fysieke poort of team uit de inventaris; niet gebonden</translation>
    </message>
    <message>
        <source>network %1: VM traffic through Hyper-V switch %2 (role vm); its VLANs are the VMs&apos; and not in the inventory</source>
        <translation>netwerk %1: VM-verkeer via Hyper-V-switch %2 (rol vm); zijn VLAN&apos;s zijn die van de VM&apos;s en staan niet in de inventaris</translation>
    </message>
    <message>
        <source>network %1 (%2): roles %3 guessed from %4</source>
        <translation>netwerk %1 (%2): rollen %3 geraden uit %4</translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>untagged</translation>
    </message>
    <message>
        <source>%1: %2 is on network %3 untagged, the other hosts on VLAN %4 (a switch access port of that VLAN may put it there)</source>
        <translation>%1: %2 zit untagged op netwerk %3, de andere hosts op VLAN %4 (een access-poort van dat VLAN op de switch kan hem daar zetten)</translation>
    </message>
    <message>
        <source>%1: %2 is on network %3 with VLAN %4, the other hosts with %5</source>
        <translation>%1: %2 zit op netwerk %3 met VLAN %4, de andere hosts met %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1: Hyper-V switch %2 uses no adapter or team the inventory shows</source>
        <translation>%1: Hyper-V-switch %2 gebruikt geen adapter of team uit de inventaris</translation>
    </message>
    <message>
        <source>switch %1: no device template of model &apos;%2&apos;; it becomes a generic switch</source>
        <translation>switch %1: geen apparaatsjabloon van model &apos;%2&apos;; het wordt een generieke switch</translation>
    </message>
    <message>
        <source>switch %1: model %2, from %3</source>
        <translation>switch %1: model %2, volgens %3</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>de opdrachtregel</translation>
    </message>
    <message>
        <source>its LLDP description &apos;%1&apos;</source>
        <translation>zijn LLDP-beschrijving &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switch %1: no template matches %2; it becomes a generic switch with the ports seen in use</source>
        <translation>switch %1: geen sjabloon past bij %2; het wordt een generieke switch met de poorten die in gebruik zijn gezien</translation>
    </message>
    <message>
        <source>(no LLDP description)</source>
        <translation>(geen LLDP-beschrijving)</translation>
    </message>
    <message>
        <source>%1: switch %2 port &apos;%3&apos; is no port of %4; not cabled</source>
        <translation>%1: switch %2 poort &apos;%3&apos; is geen poort van %4; niet bekabeld</translation>
    </message>
    <message>
        <source>%1: %2 is also seen on %3; the first sighting (%4) is kept</source>
        <translation>%1: %2 wordt ook gezien op %3; de eerste waarneming (%4) blijft</translation>
    </message>
    <message>
        <source>%1: LLDP names host %2 but no adapter of it; not cabled</source>
        <translation>%1: LLDP noemt host %2 maar geen adapter ervan; niet bekabeld</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n neighbour(s) of switch %2 match no adapter of the hosts</source>
        <translation>
            <numerusform>%1: %n buur van switch %2 past bij geen adapter van de hosts</numerusform>
            <numerusform>%1: %n buren van switch %2 passen bij geen adapter van de hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1 as built</source>
        <translation>Cluster %1 zoals gebouwd</translation>
    </message>
    <message>
        <source>Hosts as built: %1</source>
        <translation>Hosts zoals gebouwd: %1</translation>
    </message>
    <message>
        <source>Imported by clusternet import from the inventories of %1. Guesses to check:</source>
        <translation>Geïmporteerd door clusternet import uit de inventarissen van %1. Te controleren gokken:</translation>
    </message>
    <message>
        <source>the cluster network&apos;s name &apos;%1&apos;</source>
        <translation>de naam van het clusternetwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the interface name &apos;%1&apos;</source>
        <translation>de interfacenaam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cluster role 0 (none)</source>
        <translation>clusterrol 0 (geen)</translation>
    </message>
    <message>
        <source>cluster role 1 (cluster only)</source>
        <translation>clusterrol 1 (alleen cluster)</translation>
    </message>
    <message>
        <source>cluster role %1 (cluster and client)</source>
        <translation>clusterrol %1 (cluster en client)</translation>
    </message>
    <message>
        <source>nothing: no name or cluster role says more</source>
        <translation>niets: geen naam of clusterrol zegt meer</translation>
    </message>
</context>
<context>
    <name>InventoryInputs</name>
    <message>
        <source>A switch&apos;s &apos;show lldp remote-device all&apos; output, saved as text; the switch is SWITCH, or the file&apos;s name without its suffix. Repeatable.</source>
        <translation>De uitvoer van &apos;show lldp remote-device all&apos; van een switch, als tekst bewaard; de switch is SWITCH, of de bestandsnaam zonder achtervoegsel. Herhaalbaar.</translation>
    </message>
    <message>
        <source>%1: error: host %2 comes twice (also in %3)</source>
        <translation>%1: error: host %2 komt twee keer voor (ook in %3)</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>not JSON: %1</source>
        <translation>geen JSON: %1</translation>
    </message>
    <message>
        <source>an inventory is one JSON object, as the collector writes it</source>
        <translation>een inventaris is één JSON-object, zoals de collector het schrijft</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not clusternet-inventory/1</source>
        <translation>formaat &apos;%1&apos; is niet clusternet-inventory/1</translation>
    </message>
    <message>
        <source>no ComputerName: this is not an inventory of a host</source>
        <translation>geen ComputerName: dit is geen inventaris van een host</translation>
    </message>
    <message>
        <source>an entry of %1 without a name is left out</source>
        <translation>een item van %1 zonder naam wordt weggelaten</translation>
    </message>
    <message>
        <source>an address without a valid IPAddress and PrefixLength is left out</source>
        <translation>een adres zonder geldig IPAddress en PrefixLength wordt weggelaten</translation>
    </message>
    <message>
        <source>an LLDP neighbour that names no adapter is left out</source>
        <translation>een LLDP-buur die geen adapter noemt, wordt weggelaten</translation>
    </message>
</context>
<context>
    <name>NeighbourTable</name>
    <message>
        <source>no table of &apos;show lldp remote-device all&apos; here (a header with Interface, RemID, Chassis ID, Port ID, System Name)</source>
        <translation>hier geen tabel van &apos;show lldp remote-device all&apos; (een kop met Interface, RemID, Chassis ID, Port ID, System Name)</translation>
    </message>
</context>
<context>
    <name>NetBoxExport</name>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>stack %1</translation>
    </message>
    <message>
        <source>design id %1</source>
        <translation>ontwerp-id %1</translation>
    </message>
</context>
<context>
    <name>NetBoxText</name>
    <message>
        <source>team (%1) of %2</source>
        <translation>team (%1) van %2</translation>
    </message>
    <message>
        <source>port %1 of %2</source>
        <translation>poort %1 van %2</translation>
    </message>
    <message>
        <source>NetBox import files of &quot;%1&quot;, written by clusternet.

Import each file on its object list (Import, CSV data) in this order, skipping a file whose
objects exist already:

  1. sites.csv         Organization &gt; Sites: the site &quot;%2&quot;
  2. device-roles.csv  Devices &gt; Device Roles
</source>
        <translation>NetBox-importbestanden van &quot;%1&quot;, geschreven door clusternet.

Importeer elk bestand in zijn objectlijst (Import, CSV data) in deze volgorde, en sla een bestand
over waarvan de objecten al bestaan:

  1. sites.csv         Organization &gt; Sites: de site &quot;%2&quot;
  2. device-roles.csv  Devices &gt; Device Roles
</translation>
    </message>
    <message>
        <source>  %1. manufacturers.csv Devices &gt; Manufacturers: Generic, for the devices without a template
  %2. device-types.csv  Devices &gt; Device Types
</source>
        <translation>  %1. manufacturers.csv Devices &gt; Manufacturers: Generic, voor de apparaten zonder sjabloon
  %2. device-types.csv  Devices &gt; Device Types
</translation>
    </message>
    <message>
        <source>  %1. devices.csv       Devices &gt; Devices
  %2. interfaces.csv    Devices &gt; Interfaces: NIC ports and teams (type lag) that the
                        device types do not have
  %3. vlans.csv         IPAM &gt; VLANs
  %4. cables.csv        Devices &gt; Cables: label = cable id, status planned

</source>
        <translation>  %1. devices.csv       Devices &gt; Devices
  %2. interfaces.csv    Devices &gt; Interfaces: NIC-poorten en teams (type lag) die de
                        device types niet hebben
  %3. vlans.csv         IPAM &gt; VLANs
  %4. cables.csv        Devices &gt; Cables: label = kabel-id, status planned

</translation>
    </message>
    <message>
        <source>These device types must exist first, with their interfaces (the NetBox device-type
library has them; the slug in brackets is what devices.csv names):

</source>
        <translation>Deze device types moeten eerst bestaan, met hun interfaces (de NetBox device-type-
bibliotheek heeft ze; de slug tussen haakjes is wat devices.csv noemt):

</translation>
    </message>
    <message>
        <source>
Not in these files: IP addresses, the switch ports&apos; VLAN modes and port-channels (see the
switch configurations, clusternet config), stacks as virtual chassis, and cable lengths.
</source>
        <translation>
Niet in deze bestanden: IP-adressen, de VLAN-modi en port-channels van de switchpoorten (zie de
switchconfiguraties, clusternet config), stacks als virtual chassis, en kabellengtes.
</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Write a new design from a design template (see &apos;clusternet templates&apos;), without its template header.</source>
        <translation>Schrijf een nieuw ontwerp op basis van een ontwerpsjabloon (zie &apos;clusternet templates&apos;), zonder de sjabloonkop.</translation>
    </message>
    <message>
        <source>The id of a design template.</source>
        <translation>De id van een ontwerpsjabloon.</translation>
    </message>
    <message>
        <source>The design file to write.</source>
        <translation>Het ontwerpbestand om te schrijven.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>Overschrijf BESTAND als het bestaat.</translation>
    </message>
    <message>
        <source>clusternet new: -o FILE is required</source>
        <translation>clusternet new: -o BESTAND is verplicht</translation>
    </message>
    <message>
        <source>clusternet new: %1 exists; give --force to overwrite it</source>
        <translation>clusternet new: %1 bestaat al; geef --force om het te overschrijven</translation>
    </message>
    <message>
        <source>clusternet new: no design template &apos;%1&apos;; there are: %2</source>
        <translation>clusternet new: geen ontwerpsjabloon &apos;%1&apos;; beschikbaar zijn: %2</translation>
    </message>
    <message>
        <source>Wrote %1 from template %2 (%3)</source>
        <translation>%1 geschreven op basis van sjabloon %2 (%3)</translation>
    </message>
</context>
<context>
    <name>PortPlan</name>
    <message>
        <source>free</source>
        <translation>vrij</translation>
    </message>
    <message>
        <source>access</source>
        <translation>access</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>trunk</translation>
    </message>
    <message>
        <source>stacking</source>
        <translation>stacking</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>out-of-band</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>geen netwerk</translation>
    </message>
    <message>
        <source>%1 (no VLAN id)</source>
        <translation>%1 (geen VLAN-id)</translation>
    </message>
    <message>
        <source>out-of-band management port: not cabled</source>
        <translation>out-of-band-beheerpoort: niet bekabeld</translation>
    </message>
    <message>
        <source>reaches %1 %2; the management network is not given (networks: on the link)</source>
        <translation>bereikt %1 %2; het beheernetwerk is niet opgegeven (networks: op de verbinding)</translation>
    </message>
    <message>
        <source>reaches %1 on %2 %3</source>
        <translation>bereikt %1 op %2 %3</translation>
    </message>
    <message>
        <source>out-of-band management of %1</source>
        <translation>out-of-band-beheer van %1</translation>
    </message>
    <message>
        <source>its management network is not given (networks: on the link)</source>
        <translation>het beheernetwerk is niet opgegeven (networks: op de verbinding)</translation>
    </message>
    <message>
        <source>the cable carries no network</source>
        <translation>de kabel draagt geen netwerk</translation>
    </message>
    <message>
        <source>the network has no VLAN id: the switch&apos;s default VLAN</source>
        <translation>het netwerk heeft geen VLAN-id: het standaard-VLAN van de switch</translation>
    </message>
    <message>
        <source>several networks without a VLAN id: only one can be untagged</source>
        <translation>meerdere netwerken zonder VLAN-id: er kan er maar één untagged zijn</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>stack %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Bill of materials: %1</source>
        <translation>Stuklijst: %1</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Adapters (NIC cards)</source>
        <translation>Adapters (netwerkkaarten)</translation>
    </message>
    <message>
        <source>Ports per switch</source>
        <translation>Poorten per switch</translation>
    </message>
    <message>
        <source>%1 (%2) %3: %4 used, %5 free</source>
        <translation>%1 (%2) %3: %4 in gebruik, %5 vrij</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Kabels</translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation>Kabelschema</translation>
    </message>
    <message>
        <source>(no networks)</source>
        <translation>(geen netwerken)</translation>
    </message>
    <message>
        <source>Live migration estimates</source>
        <translation>Schattingen livemigratie</translation>
    </message>
    <message>
        <source>(no VMs on hosts of a cluster of two or more)</source>
        <translation>(geen VM&apos;s op hosts van een cluster van twee of meer)</translation>
    </message>
    <message>
        <source>VM %1 on %2: %3 GB at %4 Gb/s: about %5 s</source>
        <translation>VM %1 op %2: %3 GB bij %4 Gb/s: ongeveer %5 s</translation>
    </message>
    <message>
        <source>Draining %1: %2 GB at %3 Gb/s: about %4 s</source>
        <translation>%1 leegmaken: %2 GB bij %3 Gb/s: ongeveer %4 s</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Het ontwerpbestand.</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Uitvoerformaat: text, json of csv.</translation>
    </message>
    <message>
        <source>Optics and cables by media</source>
        <translation>Optiek en kabels per medium</translation>
    </message>
    <message>
        <source>%1 transceivers if built with optics</source>
        <translation>%1 transceivers bij bouw met optiek</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>out-of-band</translation>
    </message>
    <message>
        <source>out-of-band: %1</source>
        <translation>out-of-band: %1</translation>
    </message>
    <message>
        <source>Print the bill of materials, port use per switch, the cable schedule and live-migration estimates; or the port plan of every switch (--ports), or the VLAN and IP plan (--vlans).</source>
        <translation>Druk de stuklijst, het poortgebruik per switch, het kabelschema en de live-migration-schattingen af; of het poortplan van elke switch (--ports), of het VLAN- en IP-plan (--vlans).</translation>
    </message>
    <message>
        <source>The port plan of every switch: far end, cable, access or trunk, VLANs, port-channel.</source>
        <translation>Het poortplan van elke switch: andere kant, kabel, access of trunk, VLAN&apos;s, port-channel.</translation>
    </message>
    <message>
        <source>The VLAN and IP plan: each network&apos;s VLAN, subnet, switches, trunks and bound ports.</source>
        <translation>Het VLAN- en IP-plan: per netwerk het VLAN, subnet, de switches, trunks en gebonden poorten.</translation>
    </message>
    <message>
        <source>clusternet report: --ports and --vlans are two tables; with --format csv, ask for one at a time</source>
        <translation>clusternet report: --ports en --vlans zijn twee tabellen; vraag met --format csv om één tegelijk</translation>
    </message>
    <message>
        <source>Port plan: %1</source>
        <translation>Poortplan: %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>stack %1</translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation>%1 gebruikt, %2 vrij</translation>
    </message>
    <message>
        <source>(no device template: its ports are unknown)</source>
        <translation>(geen apparaatsjabloon: de poorten zijn onbekend)</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>untagged</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>tagged</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>kabel</translation>
    </message>
    <message>
        <source>far end</source>
        <translation>andere kant</translation>
    </message>
    <message>
        <source>media</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>snelheid</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 poorten</translation>
    </message>
    <message>
        <source>team %1 (%2)</source>
        <translation>team %1 (%2)</translation>
    </message>
    <message>
        <source>(not cabled)</source>
        <translation>(niet bekabeld)</translation>
    </message>
    <message>
        <source>→ %1 (%2, %3)</source>
        <translation>→ %1 (%2, %3)</translation>
    </message>
    <message>
        <source>VLAN and IP plan: %1</source>
        <translation>VLAN- en IP-plan: %1</translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>no VLAN id</source>
        <translation>geen VLAN-id</translation>
    </message>
    <message>
        <source>no subnet</source>
        <translation>geen subnet</translation>
    </message>
    <message>
        <source>cluster use: %1</source>
        <translation>clustergebruik: %1</translation>
    </message>
    <message>
        <source>physically isolated</source>
        <translation>fysiek gescheiden</translation>
    </message>
    <message>
        <source>switches: %1</source>
        <translation>switches: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>trunk %1: %2 — %3</source>
        <translation>trunk %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n stacking link(s)</source>
        <translation>
            <numerusform>en %n stackingverbinding</numerusform>
            <numerusform>en %n stackingverbindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (out-of-band)</source>
        <translation>%1 (out-of-band)</translation>
    </message>
    <message>
        <source>(no device is bound to it)</source>
        <translation>(er is geen apparaat aan gebonden)</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementen</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>switch</translation>
    </message>
    <message>
        <source>adapter, %1</source>
        <translation>adapter, %1</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Stuklijst</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Ports per switch</source>
        <translation>Poorten per switch</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Port type</source>
        <translation>Poorttype</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation>Kabelschema</translation>
    </message>
    <message>
        <source>A end</source>
        <translation>A-zijde</translation>
    </message>
    <message>
        <source>B end</source>
        <translation>B-zijde</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>(drain the host)</source>
        <translation>(host leegmaken)</translation>
    </message>
    <message>
        <source>Live migration estimates</source>
        <translation>Schattingen livemigratie</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Memory GB</source>
        <translation>Geheugen GB</translation>
    </message>
    <message>
        <source>Gb/s</source>
        <translation>Gb/s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconden</translation>
    </message>
    <message>
        <source>stack %1: %2</source>
        <translation>stack %1: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, geaccepteerd</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>Geaccepteerd door %1: %2</translation>
    </message>
    <message>
        <source>stale: no longer occurs</source>
        <translation>verouderd: komt niet meer voor</translation>
    </message>
    <message numerus="yes">
        <source>accepts %n finding(s)</source>
        <translation>
            <numerusform>accepteert %n bevinding</numerusform>
            <numerusform>accepteert %n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Geaccepteerde risico&apos;s</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Geaccepteerd door</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (none with DAC)</source>
        <translation>%1 (geen met DAC)</translation>
    </message>
    <message>
        <source>Optics and cables</source>
        <translation>Optiek en kabels</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Kabels</translation>
    </message>
    <message>
        <source>Transceivers</source>
        <translation>Transceivers</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Length class</source>
        <translation>Lengteklasse</translation>
    </message>
    <message>
        <source>out-of-band management</source>
        <translation>out-of-band-beheer</translation>
    </message>
    <message>
        <source>out-of-band management: %1</source>
        <translation>out-of-band-beheer: %1</translation>
    </message>
    <message>
        <source>Media · speed</source>
        <translation>Medium · snelheid</translation>
    </message>
    <message>
        <source>Port plan of %1</source>
        <translation>Poortplan van %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>stack %1</translation>
    </message>
    <message>
        <source>%1 ports used, %2 free</source>
        <translation>%1 poorten gebruikt, %2 vrij</translation>
    </message>
    <message>
        <source>no device template: its ports are unknown</source>
        <translation>geen apparaatsjabloon: de poorten zijn onbekend</translation>
    </message>
    <message numerus="yes">
        <source>%n ports</source>
        <translation>
            <numerusform>%n poort</numerusform>
            <numerusform>%n poorten</numerusform>
        </translation>
    </message>
    <message>
        <source>team %1 (%2)</source>
        <translation>team %1 (%2)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Untagged</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Tagged</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Far end</source>
        <translation>Andere kant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>VLAN and IP plan</source>
        <translation>VLAN- en IP-plan</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>physically isolated</source>
        <translation>fysiek gescheiden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Cluster use</source>
        <translation>Clustergebruik</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunks</translation>
    </message>
    <message>
        <source>VLAN %1 · %2</source>
        <translation>VLAN %1 · %2</translation>
    </message>
    <message>
        <source>%1 (no VLAN id)</source>
        <translation>%1 (geen VLAN-id)</translation>
    </message>
    <message>
        <source>%1: bound ports and teams</source>
        <translation>%1: gebonden poorten en teams</translation>
    </message>
    <message>
        <source>not cabled</source>
        <translation>niet bekabeld</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>tagged</translation>
    </message>
    <message>
        <source>untagged</source>
        <translation>untagged</translation>
    </message>
    <message>
        <source>%1 (out-of-band management)</source>
        <translation>%1 (out-of-band-beheer)</translation>
    </message>
    <message>
        <source>(no device is bound to it)</source>
        <translation>(er is geen apparaat aan gebonden)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Port or team</source>
        <translation>Poort of team</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Changes since revision %1</source>
        <translation>Wijzigingen sinds revisie %1</translation>
    </message>
    <message>
        <source>From %1 (revision %2, %3)</source>
        <translation>Van %1 (revisie %2, %3)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Geen wijzigingen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verwijzing</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat veranderde</translation>
    </message>
    <message>
        <source>Findings that appear</source>
        <translation>Bevindingen die verschijnen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <source>Findings that disappear</source>
        <translation>Bevindingen die verdwijnen</translation>
    </message>
    <message>
        <source>Findings accepted or no longer accepted</source>
        <translation>Bevindingen geaccepteerd of niet langer geaccepteerd</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>No space left on device</source>
        <translation>Geen ruimte meer op het apparaat</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>het is %1, geen gewoon bestand</translation>
    </message>
    <message>
        <source>cannot save the settings to %1: the disk may be full or the folder read-only; the previous settings are kept</source>
        <translation>kan de instellingen niet opslaan in %1: de schijf is misschien vol of de map alleen-lezen; de vorige instellingen blijven behouden</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the file is unchanged</source>
        <translation>kan %1 niet schrijven: %2; het bestand is ongewijzigd</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>kan %1 niet schrijven: %2; er is niets geschreven</translation>
    </message>
</context>
<context>
    <name>SwitchConfig</name>
    <message>
        <source># Switch plan of stack %1 (%2)</source>
        <translation># Switchplan van stack %1 (%2)</translation>
    </message>
    <message>
        <source># Switch plan of %1 (%2)</source>
        <translation># Switchplan van %1 (%2)</translation>
    </message>
    <message>
        <source>No configuration dialect is written for this model: configure it from this plan.</source>
        <translation>Voor dit model wordt geen configuratiedialect geschreven: configureer het vanuit dit plan.</translation>
    </message>
    <message>
        <source>- unit %1: %2</source>
        <translation>- unit %1: %2</translation>
    </message>
    <message>
        <source>**Problem:** %1</source>
        <translation>**Probleem:** %1</translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation>VLAN&apos;s</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Port-channels</source>
        <translation>Port-channels</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Untagged</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Tagged</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Poorten</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>channel member</source>
        <translation>channel-lid</translation>
    </message>
    <message>
        <source>stacking</source>
        <translation>stacking</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>out-of-band</translation>
    </message>
    <message>
        <source>! Switch configuration of stack %1 (%2)</source>
        <translation>! Switchconfiguratie van stack %1 (%2)</translation>
    </message>
    <message>
        <source>! Switch configuration of %1 (%2)</source>
        <translation>! Switchconfiguratie van %1 (%2)</translation>
    </message>
    <message>
        <source>! unit %1: %2</source>
        <translation>! unit %1: %2</translation>
    </message>
    <message>
        <source>! PROBLEM: %1</source>
        <translation>! PROBLEM: %1</translation>
    </message>
    <message>
        <source>port %1 of %2 is not named as the %3 names its ports: it is not configured</source>
        <translation>poort %1 van %2 heeft geen naam zoals de %3 zijn poorten noemt: hij wordt niet geconfigureerd</translation>
    </message>
    <message>
        <source>the %1 does not stack: its stacking links are not configured</source>
        <translation>de %1 kan niet stacken: zijn stackingverbindingen worden niet geconfigureerd</translation>
    </message>
    <message>
        <source>! out-of-band port %1: %2</source>
        <translation>! out-of-band-poort %1: %2</translation>
    </message>
    <message>
        <source>&lt;an address of %1&gt;</source>
        <translation>&lt;een adres van %1&gt;</translation>
    </message>
    <message>
        <source>%1 is in stack %2 but is a %3, not a %4: it is configured on its own</source>
        <translation>%1 zit in stack %2 maar is een %3, geen %4: hij wordt apart geconfigureerd</translation>
    </message>
    <message>
        <source>%1 is in stack %2, but the %3 does not stack: it is configured on its own</source>
        <translation>%1 zit in stack %2, maar de %3 kan niet stacken: hij wordt apart geconfigureerd</translation>
    </message>
    <message>
        <source>%1 has no device template (model %2): its ports are unknown</source>
        <translation>%1 heeft geen apparaatsjabloon (model %2): zijn poorten zijn onbekend</translation>
    </message>
    <message>
        <source>the members of port-channel %1 carry different networks; %2 is set as the channel&apos;s first member</source>
        <translation>de leden van port-channel %1 dragen verschillende netwerken; %2 is ingesteld zoals het eerste lid van de channel</translation>
    </message>
    <message>
        <source>%1 port-channels, but the %2 takes %3: the channels above %3 are configured all the same and will be refused</source>
        <translation>%1 port-channels, maar de %2 neemt er %3: de channels boven %3 worden toch geconfigureerd en zullen worden geweigerd</translation>
    </message>
    <message>
        <source>%1 VLANs, but the %2 takes %3: VLANs above the first %3 are not configured</source>
        <translation>%1 VLAN&apos;s, maar de %2 neemt er %3: VLAN&apos;s na de eerste %3 worden niet geconfigureerd</translation>
    </message>
    <message>
        <source>team %1 (%2) is cabled to %3, which are not one stack: a port-channel cannot span them, so its ports here are configured without one</source>
        <translation>team %1 (%2) is bekabeld naar %3, die geen stack vormen: een port-channel kan ze niet overspannen, dus zijn poorten hier worden zonder geconfigureerd</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>network %1 has VLAN %2, but the %3 takes VLAN ids up to %4: it is not configured</source>
        <translation>netwerk %1 heeft VLAN %2, maar de %3 neemt VLAN-id&apos;s tot %4: het wordt niet geconfigureerd</translation>
    </message>
    <message>
        <source>%1 of %2 carries %3 untagged, but a port has one untagged VLAN: none of them is configured</source>
        <translation>%1 van %2 draagt %3 untagged, maar een poort heeft één untagged VLAN: geen ervan wordt geconfigureerd</translation>
    </message>
    <message>
        <source>unit %1, </source>
        <translation>unit %1, </translation>
    </message>
    <message>
        <source>cable %1 to %2 %3</source>
        <translation>kabel %1 naar %2 %3</translation>
    </message>
    <message>
        <source>: its management network is not given (networks: on the link)</source>
        <translation>: zijn managementnetwerk is niet opgegeven (networks: op de verbinding)</translation>
    </message>
    <message>
        <source> reaches %1</source>
        <translation> bereikt %1</translation>
    </message>
</context>
<context>
    <name>SwitchConfigText</name>
    <message>
        <source>From design &quot;%1&quot;</source>
        <translation>Uit ontwerp &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>, revisie %1</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>the file changed while it was read: it no longer describes model &apos;%1&apos;; scan the templates again</source>
        <translation>het bestand veranderde tijdens het lezen: het beschrijft model &apos;%1&apos; niet meer; doorzoek de sjablonen opnieuw</translation>
    </message>
</context>
<context>
    <name>TemplateReader</name>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>device template</source>
        <translation>apparaatsjabloon</translation>
    </message>
    <message>
        <source>duplicate interface name &apos;%1&apos;</source>
        <translation>dubbele interfacenaam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>design</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <source>template id &apos;%1&apos; must use only a-z, 0-9 and &apos;-&apos;</source>
        <translation>sjabloon-id &apos;%1&apos; mag alleen a-z, 0-9 en &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not one of switch, server, storage, router, firewall, other</source>
        <translation>soort &apos;%1&apos; is niet een van switch, server, storage, router, firewall, other</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>List the device and design templates on the search path, where each was found and which files it shadows.</source>
        <translation>Toon de apparaat- en ontwerpsjablonen op het zoekpad, waar elk gevonden is en welke bestanden het verbergt.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Uitvoerformaat: text of json.</translation>
    </message>
    <message>
        <source>Device templates:</source>
        <translation>Apparaatsjablonen:</translation>
    </message>
    <message>
        <source>shadows %1</source>
        <translation>verbergt %1</translation>
    </message>
    <message>
        <source>Design templates:</source>
        <translation>Ontwerpsjablonen:</translation>
    </message>
</context>
<context>
    <name>YamlAccess</name>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML-syntaxis: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value</source>
        <translation>&apos;%1&apos; moet één waarde zijn</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 moet een afbeelding van sleutels op waarden zijn</translation>
    </message>
    <message>
        <source>a key must be a plain word</source>
        <translation>een sleutel moet een gewoon woord zijn</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation>dubbele sleutel &apos;%1&apos; (eerst op regel %2)</translation>
    </message>
    <message>
        <source>%1 is missing required key &apos;%2&apos;</source>
        <translation>%1 mist de verplichte sleutel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; mag niet leeg zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number from %2 to %3</source>
        <translation>&apos;%1&apos; moet een getal van %2 tot %3 zijn</translation>
    </message>
    <message>
        <source>%1 must be an integer from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 moet een geheel getal van %2 tot %3 zijn, niet &apos;%4&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; moet true of false zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; moet een lijst zijn</translation>
    </message>
    <message>
        <source>each item of &apos;%1&apos; must be a single value</source>
        <translation>elk element van &apos;%1&apos; moet één waarde zijn</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (kept, but not used)</source>
        <translation>onbekende sleutel &apos;%1&apos; in %2 (bewaard, maar niet gebruikt)</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nesting dieper dan %1 niveaus</translation>
    </message>
    <message>
        <source>more than %1 nodes once aliases are expanded</source>
        <translation>meer dan %1 knopen na het uitvouwen van aliassen</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation>bestand is groter dan %1 MiB</translation>
    </message>
    <message>
        <source>a design file holds one YAML document</source>
        <translation>een ontwerpbestand bevat één YAML-document</translation>
    </message>
    <message>
        <source>cannot read file: no such file</source>
        <translation>kan bestand niet lezen: het bestaat niet</translation>
    </message>
    <message>
        <source>cannot read file: permission denied</source>
        <translation>kan bestand niet lezen: toegang geweigerd</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>kan bestand niet lezen: %1</translation>
    </message>
    <message>
        <source>cannot read file: it is %1, not a regular file</source>
        <translation>kan bestand niet lezen: het is %1, geen gewoon bestand</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>een named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>een karakterapparaat</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>een blokapparaat</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <source>more than %1 YAML nodes (keys, values and list items)</source>
        <translation>meer dan %1 YAML-knopen (sleutels, waarden en lijstelementen)</translation>
    </message>
    <message>
        <source>an alias refers to the node that holds it</source>
        <translation>een alias verwijst naar de knoop die hem bevat</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML-syntaxis: %1</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in a YAML file</source>
        <translation>stuurteken U+%1 is niet toegestaan in een YAML-bestand</translation>
    </message>
    <message>
        <source>the quoted value that starts here is never closed</source>
        <translation>de waarde tussen aanhalingstekens die hier begint, wordt nooit gesloten</translation>
    </message>
</context>
<context>
    <name>cn::AcceptRiskDialog</name>
    <message>
        <source>Accept Risk</source>
        <translation>Risico accepteren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>The finding stays listed, marked accepted, on screen, on paper and in &apos;clusternet check&apos;; an accepted error no longer fails the check. When the finding no longer occurs, the acceptance is reported as stale.</source>
        <translation>De bevinding blijft vermeld, gemarkeerd als geaccepteerd, op het scherm, op papier en in &apos;clusternet check&apos;; een geaccepteerde fout laat de controle niet meer falen. Als de bevinding niet meer voorkomt, wordt de acceptatie als verouderd gemeld.</translation>
    </message>
    <message>
        <source>Why this risk is intended, as the network team will read it</source>
        <translation>Waarom dit risico bedoeld is, zoals het netwerkteam het zal lezen</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Geaccepteerd &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>cn::AuditPanel</name>
    <message>
        <source>Open Inventories…</source>
        <translation>Inventarissen openen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9636;&lt;/span&gt; built differently from the design (dashed frame on the canvas; cables shaded)</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9636;&lt;/span&gt; anders gebouwd dan ontworpen (gestippeld kader op het canvas; kabels gearceerd)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>What was built</source>
        <translation>Wat gebouwd is</translation>
    </message>
    <message>
        <source>No inventory laid over the design. Collect one on each host with Help ▸ Collect Host Inventory…, then open the files here.</source>
        <translation>Geen inventaris over het ontwerp gelegd. Verzamel er een op elke host met Help ▸ Hostinventaris verzamelen…, en open de bestanden dan hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from %1</source>
        <translation>
            <numerusform>%n verschil met %1</numerusform>
            <numerusform>%n verschillen met %1</numerusform>
        </translation>
    </message>
    <message>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
</context>
<context>
    <name>cn::DesignDocument</name>
    <message>
        <source>Untitled cluster design</source>
        <translation>Naamloos clusterontwerp</translation>
    </message>
    <message>
        <source>recovered design</source>
        <translation>herstelde ontwerp</translation>
    </message>
</context>
<context>
    <name>cn::DeviceChooser</name>
    <message>
        <source>Insert a switch</source>
        <translation>Een switch invoegen</translation>
    </message>
    <message>
        <source>Insert a device</source>
        <translation>Een apparaat invoegen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
</context>
<context>
    <name>cn::DiagramScene</name>
    <message>
        <source>Failure mode: click a switch, a NIC card or a cable to fail it</source>
        <translation>Storingsmodus: klik op een switch, netwerkkaart of kabel om die te laten uitvallen</translation>
    </message>
    <message>
        <source>No link drawn: release the mouse on a free port</source>
        <translation>Geen verbinding getekend: laat de muis los op een vrije poort</translation>
    </message>
    <message>
        <source>No link drawn: both ends are on %1</source>
        <translation>Geen verbinding getekend: beide uiteinden zitten op %1</translation>
    </message>
    <message>
        <source>No link drawn: port %1 is already used by link %2</source>
        <translation>Geen verbinding getekend: poort %1 wordt al gebruikt door verbinding %2</translation>
    </message>
    <message>
        <source>No link drawn: port %1 cannot be cabled</source>
        <translation>Geen verbinding getekend: poort %1 kan niet bekabeld worden</translation>
    </message>
    <message>
        <source>Add link %1</source>
        <translation>Verbinding %1 toevoegen</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>Verbinding %1 toegevoegd</translation>
    </message>
    <message>
        <source>No link drawn: %1</source>
        <translation>Geen verbinding getekend: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n devices</source>
        <translation>
            <numerusform>%n apparaat verplaatsen</numerusform>
            <numerusform>%n apparaten verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
    <message>
        <source>Drop a network on a port, or on a member port of a team</source>
        <translation>Laat een netwerk los op een poort, of op een lidpoort van een team</translation>
    </message>
    <message>
        <source>Bind %1 to %2</source>
        <translation>%1 aan %2 binden</translation>
    </message>
    <message>
        <source>%1 now carries %2</source>
        <translation>%1 draagt nu %2</translation>
    </message>
    <message>
        <source>Not bound: %1</source>
        <translation>Niet gebonden: %1</translation>
    </message>
    <message>
        <source>Nudge %1</source>
        <translation>%1 verschuiven</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n devices</source>
        <translation>
            <numerusform>%n apparaat verschuiven</numerusform>
            <numerusform>%n apparaten verschuiven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n devices</source>
        <translation>
            <numerusform>%n apparaat uitlijnen</numerusform>
            <numerusform>%n apparaten uitlijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n devices</source>
        <translation>
            <numerusform>%n apparaat verdelen</numerusform>
            <numerusform>%n apparaten verdelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n apparaat</numerusform>
            <numerusform>%n apparaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 vastpinnen</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 losmaken</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>netwerk %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
</context>
<context>
    <name>cn::ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagram exporteren</translation>
    </message>
    <message>
        <source>PDF (vector, all pages)</source>
        <translation>PDF (vector, alle pagina&apos;s)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-tekening</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Oriëntatie</translation>
    </message>
    <message>
        <source>columns ×</source>
        <translation>kolommen ×</translation>
    </message>
    <message>
        <source>rows (1 × 1: fit to one page)</source>
        <translation>rijen (1 × 1: passend op één pagina)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG-resolutie</translation>
    </message>
    <message>
        <source>Add findings, bill of materials and cable schedule</source>
        <translation>Bevindingen, stuklijst en kabelschema toevoegen</translation>
    </message>
</context>
<context>
    <name>cn::FailurePanel</name>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Repair all</source>
        <translation>Alles herstellen</translation>
    </message>
    <message>
        <source>Turn on failure mode (Design menu) and click a switch, a NIC card or a cable to fail it.</source>
        <translation>Zet de storingsmodus aan (menu Ontwerp) en klik op een switch, netwerkkaart of kabel om die te laten uitvallen.</translation>
    </message>
    <message>
        <source>Failure mode is on: click a switch, a NIC card or a cable to fail it; click again to repair.</source>
        <translation>Storingsmodus staat aan: klik op een switch, netwerkkaart of kabel om die te laten uitvallen; klik nogmaals om te herstellen.</translation>
    </message>
    <message>
        <source>no path</source>
        <translation>geen pad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Failed: %1. Nothing is cut: every pair keeps its roles, and no host loses bandwidth.</source>
        <translation>Uitgevallen: %1. Niets is afgesneden: elk paar houdt zijn rollen en geen host verliest bandbreedte.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) cut</source>
        <translation>
            <numerusform>%n paar afgesneden</numerusform>
            <numerusform>%n paren afgesneden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) down</source>
        <translation>
            <numerusform>%n netwerk plat</numerusform>
            <numerusform>%n netwerken plat</numerusform>
        </translation>
    </message>
    <message>
        <source>bandwidth lost</source>
        <translation>bandbreedte verloren</translation>
    </message>
    <message>
        <source>estimates change</source>
        <translation>schattingen veranderen</translation>
    </message>
    <message>
        <source>Failed: %1. %2.</source>
        <translation>Uitgevallen: %1. %2.</translation>
    </message>
    <message>
        <source>Roles lost</source>
        <translation>Verloren rollen</translation>
    </message>
    <message>
        <source>outside clusters</source>
        <translation>buiten clusters</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>down</source>
        <translation>plat</translation>
    </message>
    <message>
        <source>split: %1 of %2 pairs still joined</source>
        <translation>gesplitst: %1 van %2 paren nog verbonden</translation>
    </message>
    <message>
        <source>cut off: %1</source>
        <translation>afgesneden: %1</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <source>%1 team %2</source>
        <translation>%1 team %2</translation>
    </message>
    <message>
        <source>%1 → %2 (−%3)</source>
        <translation>%1 → %2 (−%3)</translation>
    </message>
    <message numerus="yes">
        <source>Live migration (host drain): %n host(s) slower</source>
        <translation>
            <numerusform>Live migration (host leegmaken): %n host langzamer</numerusform>
            <numerusform>Live migration (host leegmaken): %n hosts langzamer</numerusform>
        </translation>
    </message>
    <message>
        <source>Live migration (host drain): unchanged</source>
        <translation>Live migration (host leegmaken): ongewijzigd</translation>
    </message>
    <message>
        <source>%1 at %2 Gb/s, unchanged</source>
        <translation>%1 bij %2 Gb/s, ongewijzigd</translation>
    </message>
    <message>
        <source>%1 at %2 Gb/s → %3 at %4 Gb/s%5</source>
        <translation>%1 bij %2 Gb/s → %3 bij %4 Gb/s%5</translation>
    </message>
    <message>
        <source> (over the %1 s limit)</source>
        <translation> (boven de grens van %1 s)</translation>
    </message>
    <message numerus="yes">
        <source>Failover capacity: %n network(s) with less room</source>
        <translation>
            <numerusform>Failovercapaciteit: %n netwerk met minder ruimte</numerusform>
            <numerusform>Failovercapaciteit: %n netwerken met minder ruimte</numerusform>
        </translation>
    </message>
    <message>
        <source>Failover capacity: unchanged</source>
        <translation>Failovercapaciteit: ongewijzigd</translation>
    </message>
    <message>
        <source>room %1 Gb/s, unchanged</source>
        <translation>ruimte %1 Gb/s, ongewijzigd</translation>
    </message>
    <message>
        <source>room %1 → %2 Gb/s%3</source>
        <translation>ruimte %1 → %2 Gb/s%3</translation>
    </message>
    <message>
        <source> (short of room)</source>
        <translation> (te weinig ruimte)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Pairs cut</source>
        <translation>Afgesneden paren</translation>
    </message>
</context>
<context>
    <name>cn::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <source>device, port, network or cable: id or name</source>
        <translation>apparaat, poort, netwerk of kabel: id of naam</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>netwerk %1</translation>
    </message>
    <message>
        <source>(VLAN %1)</source>
        <translation>(VLAN %1)</translation>
    </message>
    <message>
        <source>cable %1</source>
        <translation>kabel %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>poort %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), the first shown</source>
        <translation>
            <numerusform>%n treffer, de eerste getoond</numerusform>
            <numerusform>%n treffers, de eerste getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::FindingsPanel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Risk…</source>
        <translation>Risico accepteren…</translation>
    </message>
    <message>
        <source>Accept the selected finding as an intended risk, with a reason and a name</source>
        <translation>De gekozen bevinding accepteren als bedoeld risico, met een reden en een naam</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Acceptatie intrekken</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>Geaccepteerd door %1: %2</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (geaccepteerd)</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n geaccepteerd</numerusform>
            <numerusform>%n geaccepteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Stale Acceptance</source>
        <translation>Verouderde acceptatie verwijderen</translation>
    </message>
    <message>
        <source>Accept risk %1</source>
        <translation>Risico %1 accepteren</translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Acceptatie intrekken</translation>
    </message>
</context>
<context>
    <name>cn::InventoryOverlay</name>
    <message>
        <source>No inventory (.json) among the files</source>
        <translation>Geen inventaris (.json) tussen de bestanden</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <source>Compare with Inventory</source>
        <translation>Vergelijken met inventaris</translation>
    </message>
    <message>
        <source>Host inventories and switch LLDP tables (*.json *.txt);;All files (*)</source>
        <translation>Hostinventarissen en LLDP-tabellen van switches (*.json *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Inventory not opened</source>
        <translation>Inventaris niet geopend</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from what was built</source>
        <translation>
            <numerusform>%n verschil met wat gebouwd is</numerusform>
            <numerusform>%n verschillen met wat gebouwd is</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with &amp;Inventory…</source>
        <translation>Vergelijken met &amp;inventaris…</translation>
    </message>
    <message>
        <source>Clear Inventory Overlay</source>
        <translation>Inventarislaag wissen</translation>
    </message>
    <message>
        <source>&amp;Collect Host Inventory…</source>
        <translation>Host&amp;inventaris verzamelen…</translation>
    </message>
    <message>
        <source>Save the Collector Script</source>
        <translation>Het collectorscript opslaan</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-scripts (*.ps1)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Collector saved</source>
        <translation>Collector opgeslagen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Saved %1.&lt;/p&gt;&lt;p&gt;Run it on each Hyper-V host as an administrator (Windows PowerShell 5.1 or PowerShell 7):&lt;/p&gt;&lt;pre&gt;.\collect-inventory.ps1 -Path HV01.json&lt;/pre&gt;&lt;p&gt;Then Design ▸ Compare with Inventory… lays the files over this design, or &lt;tt&gt;clusternet import&lt;/tt&gt; builds a design from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 opgeslagen.&lt;/p&gt;&lt;p&gt;Voer het op elke Hyper-V-host uit als beheerder (Windows PowerShell 5.1 of PowerShell 7):&lt;/p&gt;&lt;pre&gt;.\collect-inventory.ps1 -Path HV01.json&lt;/pre&gt;&lt;p&gt;Daarna legt Ontwerp ▸ Vergelijken met inventaris… de bestanden over dit ontwerp, of bouwt &lt;tt&gt;clusternet import&lt;/tt&gt; er een ontwerp uit.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cn::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geopend&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palet</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Storingsmodus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster tonen</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Op raster &amp;uitlijnen</translation>
    </message>
    <message>
        <source>Port &amp;Labels on Links</source>
        <translation>Poort&amp;namen op verbindingen</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Invoegen</translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation>O&amp;pslag</translation>
    </message>
    <message>
        <source>&amp;Router</source>
        <translation>&amp;Router</translation>
    </message>
    <message>
        <source>&amp;Firewall</source>
        <translation>&amp;Firewall</translation>
    </message>
    <message>
        <source>&amp;Other Device</source>
        <translation>&amp;Ander apparaat</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Ontwerp</translation>
    </message>
    <message>
        <source>&amp;Failure Mode</source>
        <translation>&amp;Storingsmodus</translation>
    </message>
    <message>
        <source>Failure mode: click a switch, a NIC card or a cable to fail it</source>
        <translation>Storingsmodus: klik op een switch, netwerkkaart of kabel om die te laten uitvallen</translation>
    </message>
    <message>
        <source>&amp;Rescan Templates</source>
        <translation>Sjablonen opnieuw &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About clusternet</source>
        <translation>&amp;Over clusternet</translation>
    </message>
    <message>
        <source>About clusternet</source>
        <translation>Over clusternet</translation>
    </message>
    <message>
        <source>&lt;b&gt;clusternet %1&lt;/b&gt;&lt;p&gt;Designs the networks of failover clusters and checks them for single points of failure and traffic-role isolation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;clusternet %1&lt;/b&gt;&lt;p&gt;Ontwerpt de netwerken van failoverclusters en controleert ze op single points of failure en scheiding van verkeersrollen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The design has unsaved changes. Save them first?</source>
        <translation>Het ontwerp heeft niet-opgeslagen wijzigingen. Eerst opslaan?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Ontwerp openen</translation>
    </message>
    <message>
        <source>Cluster designs (*.cluster.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Clusterontwerpen (*.cluster.yaml *.yaml *.yml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Kan ontwerp niet openen</translation>
    </message>
    <message>
        <source>The design could not be loaded:

%1</source>
        <translation>Het ontwerp kon niet worden geladen:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>Kan ontwerp niet opslaan</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Ontwerp opslaan</translation>
    </message>
    <message>
        <source>Cluster designs (*.cluster.yaml)</source>
        <translation>Clusterontwerpen (*.cluster.yaml)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n device(s)</source>
        <translation>
            <numerusform>%n apparaat gekopieerd</numerusform>
            <numerusform>%n apparaten gekopieerd</numerusform>
        </translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>klembord</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Kan niet plakken: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n element verwijderen</numerusform>
            <numerusform>%n elementen verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Automatisch schikken</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagram exporteren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nieuw vanuit &amp;sjabloon…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message numerus="yes">
        <source>%n device template(s) and %1 design template(s) found</source>
        <translation>
            <numerusform>%n apparaatsjabloon en %1 ontwerpsjabloon/-sjablonen gevonden</numerusform>
            <numerusform>%n apparaatsjablonen en %1 ontwerpsjabloon/-sjablonen gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot use template</source>
        <translation>Kan sjabloon niet gebruiken</translation>
    </message>
    <message>
        <source>New design from template %1: save it under a name of its own</source>
        <translation>Nieuw ontwerp vanuit sjabloon %1: sla het op onder een eigen naam</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language applies when clusternet starts again.</source>
        <translation>De nieuwe taal geldt zodra clusternet opnieuw start.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen herstellen</translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation>een niet-opgeslagen ontwerp</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <source>Cannot save settings</source>
        <translation>Kan instellingen niet opslaan</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Automatisch opslaan mislukt</translation>
    </message>
    <message>
        <source>The recovery copy of your unsaved changes could not be written:

%1

Save the design to keep your work.</source>
        <translation>De herstelkopie van uw niet-opgeslagen wijzigingen kon niet worden geschreven:

%1

Sla het ontwerp op om uw werk te bewaren.</translation>
    </message>
    <message>
        <source>clusternet was not closed properly. A copy of %1 with unsaved changes was kept (%2).</source>
        <translation>clusternet is niet goed afgesloten. Er is een kopie van %1 met niet-opgeslagen wijzigingen bewaard (%2).</translation>
    </message>
    <message>
        <source>Last time, clusternet stopped while recovering this copy. You can open without recovery and keep the copy for later.</source>
        <translation>De vorige keer stopte clusternet tijdens het herstellen van deze kopie. U kunt openen zonder herstel en de kopie voor later bewaren.</translation>
    </message>
    <message>
        <source>Recover it? Open without recovery keeps the copy for later.</source>
        <translation>Herstellen? Openen zonder herstel bewaart de kopie voor later.</translation>
    </message>
    <message>
        <source>Recover in a New Window</source>
        <translation>Herstellen in een nieuw venster</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Open without Recovery</source>
        <translation>Openen zonder herstel</translation>
    </message>
    <message>
        <source>Discard Copy</source>
        <translation>Kopie verwijderen</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save to keep them</source>
        <translation>De niet-opgeslagen wijzigingen van %1 zijn hersteld: sla op om ze te bewaren</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n cable(s) to the same devices</source>
        <translation>
            <numerusform>%1 met %n kabel naar dezelfde apparaten</numerusform>
            <numerusform>%1 met %n kabels naar dezelfde apparaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) not copied (no such device or no free port of the kind): %1</source>
        <translation>
            <numerusform>%n kabel niet gekopieerd (geen zulk apparaat of geen vrije poort van die soort): %1</numerusform>
            <numerusform>%n kabels niet gekopieerd (geen zulk apparaat of geen vrije poort van die soort): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Schikken</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links uitlijnen</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Centreren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts uitlijnen</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Boven uitlijnen</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>&amp;Midden uitlijnen</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Onder uitlijnen</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontaal verdelen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Verticaal verdelen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Vastpinnen</translation>
    </message>
    <message>
        <source>Arrange automatically leaves pinned devices where they are</source>
        <translation>Automatisch schikken laat vastgepinde apparaten waar ze zijn</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Losmaken</translation>
    </message>
    <message>
        <source>Arrange &amp;Automatically</source>
        <translation>&amp;Automatisch schikken</translation>
    </message>
    <message>
        <source>Arrow keys nudge the selection; Shift+arrow a grid step</source>
        <translation>Pijltjestoetsen verschuiven de selectie; Shift+pijl een rasterstap</translation>
    </message>
    <message>
        <source>Show &amp;Only</source>
        <translation>&amp;Alleen tonen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Showing only %1 — show everything ✕</source>
        <translation>Alleen %1 getoond — alles tonen ✕</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source> (VLAN %1)</source>
        <translation> (VLAN %1)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Show Only Network</source>
        <translation>Alleen netwerk tonen</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Poort %1</translation>
    </message>
    <message>
        <source>Go to the Other End (%1)</source>
        <translation>Naar het andere uiteinde (%1)</translation>
    </message>
    <message>
        <source>Select the Cable</source>
        <translation>De kabel selecteren</translation>
    </message>
    <message>
        <source>Remove the Cable</source>
        <translation>De kabel verwijderen</translation>
    </message>
    <message>
        <source>Remove cable %1</source>
        <translation>Kabel %1 verwijderen</translation>
    </message>
    <message>
        <source>Connect To</source>
        <translation>Verbinden met</translation>
    </message>
    <message>
        <source>Add link %1</source>
        <translation>Verbinding %1 toevoegen</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>Verbinding %1 toegevoegd</translation>
    </message>
    <message>
        <source>No link drawn: %1</source>
        <translation>Geen verbinding getrokken: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n apparaat</numerusform>
            <numerusform>%n apparaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Apparaat %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Knippen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Vastgepind</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Uitlijnen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Midden</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Boven</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Midden</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Onder</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>Horizontaal verdelen</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>Verticaal verdelen</translation>
    </message>
    <message>
        <source>Select Its Cables (%1)</source>
        <translation>Zijn kabels selecteren (%1)</translation>
    </message>
    <message>
        <source>Fail or Restore %1</source>
        <translation>%1 laten uitvallen of herstellen</translation>
    </message>
    <message>
        <source>Cable %1</source>
        <translation>Kabel %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Naar %1</translation>
    </message>
    <message>
        <source>Fail or Restore This Cable</source>
        <translation>Deze kabel laten uitvallen of herstellen</translation>
    </message>
    <message>
        <source>Add Here</source>
        <translation>Hier toevoegen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Other Device</source>
        <translation>Ander apparaat</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
    <message>
        <source>Arrange Automatically</source>
        <translation>Automatisch schikken</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Passend in venster</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Host…</source>
        <translation>&amp;Host…</translation>
    </message>
    <message>
        <source>&amp;Switch…</source>
        <translation>&amp;Switch…</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n geaccepteerd</numerusform>
            <numerusform>%n geaccepteerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::NetworksPanel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnet</translation>
    </message>
    <message>
        <source>Cluster use</source>
        <translation>Clustergebruik</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Scheiding</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Add network</source>
        <translation>Netwerk toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add network %1</source>
        <translation>Netwerk %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove network %1</source>
        <translation>Netwerk %1 verwijderen</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Niet toegepast: %1</translation>
    </message>
    <message>
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <source>there is already a network &apos;%1&apos;</source>
        <translation>er is al een netwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit network %1</source>
        <translation>Netwerk %1 bewerken</translation>
    </message>
    <message>
        <source>management</source>
        <translation>beheer</translation>
    </message>
    <message>
        <source>VM traffic</source>
        <translation>VM-verkeer</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>heartbeat</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>live migration</source>
        <translation>live migration</translation>
    </message>
    <message>
        <source>iSCSI (host)</source>
        <translation>iSCSI (host)</translation>
    </message>
    <message>
        <source>iSCSI (guest)</source>
        <translation>iSCSI (gast)</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>back-up</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>out-of-band</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Drag a network onto a port or a team on the canvas to bind it there.</source>
        <translation>Sleep een netwerk naar een poort of een team op het canvas om het daar te binden.</translation>
    </message>
    <message>
        <source>1 to 4094, or empty</source>
        <translation>1 tot 4094, of leeg</translation>
    </message>
    <message>
        <source>e.g. 10.0.10.0/24</source>
        <translation>bijv. 10.0.10.0/24</translation>
    </message>
    <message>
        <source>from the roles</source>
        <translation>volgens de rollen</translation>
    </message>
    <message>
        <source>VLAN (default)</source>
        <translation>VLAN (standaard)</translation>
    </message>
    <message>
        <source>own switches (physical)</source>
        <translation>eigen switches (fysiek)</translation>
    </message>
    <message>
        <source>Load (Gb/s)</source>
        <translation>Belasting (Gb/s)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Choose a network above, or add one.</source>
        <translation>Kies hierboven een netwerk, of voeg er een toe.</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Nieuw netwerk</translation>
    </message>
    <message>
        <source>(not in the design until it has a role)</source>
        <translation>(niet in het ontwerp zolang het geen rol heeft)</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Netwerk %1</translation>
    </message>
    <message>
        <source>from the first role</source>
        <translation>volgens de eerste rol</translation>
    </message>
    <message>
        <source>No role yet: choose at least one.</source>
        <translation>Nog geen rol: kies er minstens één.</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Niet toegevoegd: %1</translation>
    </message>
    <message>
        <source>A network keeps at least one role: choose another first.</source>
        <translation>Een netwerk houdt minstens één rol: kies eerst een andere.</translation>
    </message>
    <message>
        <source>%1 role %2 of %3</source>
        <translation>%1 rol %2 van %3</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Kleur van %1</translation>
    </message>
    <message>
        <source>Colour of network %1</source>
        <translation>Kleur van netwerk %1</translation>
    </message>
</context>
<context>
    <name>cn::Overview</name>
    <message>
        <source>The whole design; click or drag to show that part</source>
        <translation>Het hele ontwerp; klik of sleep om dat deel te tonen</translation>
    </message>
</context>
<context>
    <name>cn::PropertiesPanel</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>VM%1</source>
        <translation>VM%1</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>Titelblok</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <source>Longest live migration (s)</source>
        <translation>Langste livemigratie (s)</translation>
    </message>
    <message>
        <source>60 (default)</source>
        <translation>60 (standaard)</translation>
    </message>
    <message>
        <source>Longest host drain (s)</source>
        <translation>Langste leegmaken van host (s)</translation>
    </message>
    <message>
        <source>600 (default)</source>
        <translation>600 (standaard)</translation>
    </message>
    <message>
        <source>Apply notes</source>
        <translation>Notities toepassen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Geheugen (GB)</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Position (x, y)</source>
        <translation>Positie (x, y)</translation>
    </message>
    <message>
        <source>Adapters (NIC cards)</source>
        <translation>Adapters (netwerkkaarten)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Poorten</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netwerken</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM&apos;s</translation>
    </message>
    <message>
        <source>(named by its ends)</source>
        <translation>(genoemd naar de uiteinden)</translation>
    </message>
    <message>
        <source>End A</source>
        <translation>Uiteinde A</translation>
    </message>
    <message>
        <source>End B</source>
        <translation>Uiteinde B</translation>
    </message>
    <message>
        <source>the slower end</source>
        <translation>het tragere uiteinde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Niet toegepast: %1</translation>
    </message>
    <message>
        <source>a limit must be a number of seconds, or empty for the default</source>
        <translation>een grens is een aantal seconden, of leeg voor de standaard</translation>
    </message>
    <message>
        <source>the design needs a title</source>
        <translation>het ontwerp heeft een titel nodig</translation>
    </message>
    <message>
        <source>Edit title block and policy</source>
        <translation>Titelblok en beleid bewerken</translation>
    </message>
    <message>
        <source>device</source>
        <translation>apparaat</translation>
    </message>
    <message>
        <source>there is already a device &apos;%1&apos;</source>
        <translation>er is al een apparaat &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>memory must be a number of GB</source>
        <translation>geheugen is een aantal GB</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>stack</translation>
    </message>
    <message>
        <source>position is two numbers: x, y</source>
        <translation>positie is twee getallen: x, y</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>a VM needs a name and its memory in GB</source>
        <translation>een VM heeft een naam en zijn geheugen in GB nodig</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>link</source>
        <translation>verbinding</translation>
    </message>
    <message>
        <source>there is already a link &apos;%1&apos;</source>
        <translation>er is al een verbinding &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation>Verbinding %1 bewerken</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Team verwijderen</translation>
    </message>
    <message>
        <source>switch independent</source>
        <translation>switch-onafhankelijk</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>LACP</source>
        <translation>LACP</translation>
    </message>
    <message>
        <source>Tick the ports that form the team: any card, any speed.</source>
        <translation>Vink de poorten aan die het team vormen: elke kaart, elke snelheid.</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Team maken</translation>
    </message>
    <message>
        <source>Networks on</source>
        <translation>Netwerken op</translation>
    </message>
    <message>
        <source>Tick the networks this port or team carries. You can also drag a network from the Networks panel onto a port on the canvas.</source>
        <translation>Vink de netwerken aan die deze poort of dit team draagt. U kunt ook een netwerk uit het paneel Netwerken naar een poort op het canvas slepen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n lid)</numerusform>
            <numerusform>%1 (%n leden)</numerusform>
        </translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Nieuw team…</translation>
    </message>
    <message>
        <source>not cabled</source>
        <translation>niet bekabeld</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>(in %1)</translation>
    </message>
    <message>
        <source>Ticking a port adds it to %1 at once.</source>
        <translation>Een poort aanvinken voegt hem meteen toe aan %1.</translation>
    </message>
    <message>
        <source>Tick the member ports, then create the team.</source>
        <translation>Vink de lidpoorten aan en maak dan het team.</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>geen netwerk</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>team %1</translation>
    </message>
    <message>
        <source>(no networks yet: add them in the Networks panel)</source>
        <translation>(nog geen netwerken: voeg ze toe in het paneel Netwerken)</translation>
    </message>
    <message>
        <source>A team keeps one member at least: remove the team instead.</source>
        <translation>Een team houdt minstens één lid: verwijder in plaats daarvan het team.</translation>
    </message>
    <message>
        <source>Add %1 to team %2</source>
        <translation>%1 toevoegen aan team %2</translation>
    </message>
    <message>
        <source>Take %1 out of team %2</source>
        <translation>%1 uit team %2 halen</translation>
    </message>
    <message>
        <source>%1 already has a team or card &apos;%2&apos;</source>
        <translation>%1 heeft al een team of kaart &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Team %1 bewerken</translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation>Team %1 maken</translation>
    </message>
    <message>
        <source>Remove team %1</source>
        <translation>Team %1 verwijderen</translation>
    </message>
    <message>
        <source>Networks on %1:%2</source>
        <translation>Netwerken op %1:%2</translation>
    </message>
    <message>
        <source>Carries what the ends&apos; bindings carry</source>
        <translation>Draagt wat de bindingen van de uiteinden dragen</translation>
    </message>
    <message>
        <source>The networks this cable carries, when not from the bindings (a switch&apos;s out-of-band port, an uplink).</source>
        <translation>De netwerken die deze kabel draagt, als ze niet uit de bindingen volgen (de out-of-band-poort van een switch, een uplink).</translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation>
            <numerusform>%n apparaat geselecteerd</numerusform>
            <numerusform>%n apparaten geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>A value entered here is given to all of them.</source>
        <translation>Een waarde die u hier invoert, krijgen ze allemaal.</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(meerdere waarden)</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>geheugen</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n devices</source>
        <translation>
            <numerusform>%1 van %n apparaat instellen</numerusform>
            <numerusform>%1 van %n apparaten instellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Template folders</source>
        <translation>Sjabloonmappen</translation>
    </message>
    <message>
        <source>Folders searched for device templates (under devices/) and design templates (under designs/), after the folder of the open design and before your own folder and the built-in templates. The first match wins.</source>
        <translation>Mappen waarin naar apparaatsjablonen (onder devices/) en ontwerpsjablonen (onder designs/) wordt gezocht, na de map van het geopende ontwerp en vóór je eigen map en de ingebouwde sjablonen. De eerste treffer wint.</translation>
    </message>
    <message>
        <source>From CLUSTERNET_TEMPLATE_PATH (searched first): %1</source>
        <translation>Uit CLUSTERNET_TEMPLATE_PATH (als eerste doorzocht): %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Your own folder: %1</source>
        <translation>Je eigen map: %1</translation>
    </message>
    <message>
        <source>Add template folder</source>
        <translation>Sjabloonmap toevoegen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Taal (na herstart)</translation>
    </message>
</context>
<context>
    <name>cn::SwitchConfigDialog</name>
    <message>
        <source>Switch Configuration</source>
        <translation>Switchconfiguratie</translation>
    </message>
    <message>
        <source>Switch or stack:</source>
        <translation>Switch of stack:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Opslaan…</translation>
    </message>
    <message>
        <source>stack %1 (%2): %3</source>
        <translation>stack %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The design has no switch.</source>
        <translation>Het ontwerp heeft geen switch.</translation>
    </message>
    <message>
        <source>Left out of this configuration: %1</source>
        <translation>Weggelaten uit deze configuratie: %1</translation>
    </message>
    <message>
        <source>Switch configuration (*.cfg *.txt);;All files (*)</source>
        <translation>Switchconfiguratie (*.cfg *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv);;All files (*)</source>
        <translation>Markdown (*.md);;CSV (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save Switch Configuration</source>
        <translation>Switchconfiguratie opslaan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Switch &amp;Configuration…</source>
        <translation>Switch&amp;configuratie…</translation>
    </message>
</context>
<context>
    <name>cn::TemplateBrowser</name>
    <message>
        <source>switch</source>
        <translation>switch</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>opslag</translation>
    </message>
    <message>
        <source>router</source>
        <translation>router</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>firewall</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>Kind: %1, %2 U</source>
        <translation>Soort: %1, %2 U</translation>
    </message>
    <message>
        <source>No front ports that take a cable</source>
        <translation>Geen frontpoorten die een kabel nemen</translation>
    </message>
    <message>
        <source>Front ports:</source>
        <translation>Frontpoorten:</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Stackbaar</translation>
    </message>
    <message>
        <source>Out-of-band: %1 (taken for its name: the file does not mark it mgmt_only)</source>
        <translation>Out-of-band: %1 (om zijn naam genomen: het bestand markeert hem niet als mgmt_only)</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Slug: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Uit: %1</translation>
    </message>
    <message>
        <source>Hides: %1</source>
        <translation>Verbergt: %1</translation>
    </message>
    <message>
        <source>Search: model, maker, 48x 10G…</source>
        <translation>Zoeken: model, fabrikant, 48x 10G…</translation>
    </message>
    <message>
        <source>Words match the model, manufacturer, slug and part number; &quot;48x 10G&quot; asks for at least 48 ports of 10G, &quot;25G&quot; for any 25G port</source>
        <translation>Woorden passen op model, fabrikant, slug en onderdeelnummer; &quot;48x 10G&quot; vraagt minstens 48 poorten van 10G, &quot;25G&quot; een willekeurige 25G-poort</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Routers and firewalls</source>
        <translation>Routers en firewalls</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Overige apparaten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Front ports</source>
        <translation>Frontpoorten</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Ander apparaat</translation>
    </message>
    <message>
        <source>Device kinds (no model)</source>
        <translation>Apparaatsoorten (geen model)</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Recent gebruikt</translation>
    </message>
    <message>
        <source>(no manufacturer)</source>
        <translation>(geen fabrikant)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n modellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::TemplateDialog</name>
    <message>
        <source>New from template</source>
        <translation>Nieuw vanuit sjabloon</translation>
    </message>
    <message>
        <source>Choose a design to start from:</source>
        <translation>Kies een ontwerp om mee te beginnen:</translation>
    </message>
    <message>
        <source>built into clusternet</source>
        <translation>ingebouwd in clusternet</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Uit: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>Template id: %1 — the new design is a copy without this header; save it under a name of its own.</source>
        <translation>Sjabloon-id: %1 — het nieuwe ontwerp is een kopie zonder deze kop; sla het op onder een eigen naam.</translation>
    </message>
</context>
</TS>
