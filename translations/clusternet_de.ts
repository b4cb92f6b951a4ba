<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditCommand</name>
    <message>
        <source>Compare a design with the inventories of its hosts (collect-inventory.ps1) and list what was
built differently. Exit code 1 when something differs.</source>
        <translation>Vergleicht einen Entwurf mit den Inventaren seiner Hosts (collect-inventory.ps1) und listet,
was anders gebaut wurde. Exit-Code 1, wenn etwas abweicht.</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Die Entwurfsdatei.</translation>
    </message>
    <message>
        <source>The inventory of one host; one per host.</source>
        <translation>Das Inventar eines Hosts; eines pro Host.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n difference(s) from %2 inventor(ies)</source>
        <translation>
            <numerusform>%1: %n Abweichung von %2 Inventar(en)</numerusform>
            <numerusform>%1: %n Abweichungen von %2 Inventar(en)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the copy %1 is in use by another clusternet</source>
        <translation>die Kopie %1 wird von einem anderen clusternet verwendet</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Info</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a design, validate it and print its findings.</source>
        <translation>Einen Entwurf laden, prüfen und seine Befunde ausgeben.</translation>
    </message>
    <message>
        <source>The design file (*.cluster.yaml).</source>
        <translation>Die Entwurfsdatei (*.cluster.yaml).</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>Failures analysed together: 1 or 2.</source>
        <translation>Gemeinsam analysierte Ausfälle: 1 oder 2.</translation>
    </message>
    <message>
        <source>clusternet check: --failures must be 1 or 2</source>
        <translation>clusternet check: --failures muss 1 oder 2 sein</translation>
    </message>
    <message numerus="yes">
        <source>%1 loses %2 if two of its own cards or cables fail together (%n pair(s)): %3</source>
        <translation>
            <numerusform>%1 verliert %2, wenn zwei seiner eigenen Karten oder Kabel zusammen ausfallen (%n Paar): %3</numerusform>
            <numerusform>%1 verliert %2, wenn zwei seiner eigenen Karten oder Kabel zusammen ausfallen (%n Paare): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 [accepted by %2: %3]</source>
        <translation>%1 [akzeptiert von %2: %3]</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n akzeptiert</numerusform>
            <numerusform>%n akzeptiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open error(s)</source>
        <translation>
            <numerusform>%n offener Fehler</numerusform>
            <numerusform>%n offene Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: clusternet [FILE]                 open the editor
</source>
        <translation>Aufruf: clusternet [DATEI]              den Editor öffnen
</translation>
    </message>
    <message>
        <source>clusternet: unknown option &apos;%1&apos;</source>
        <translation>clusternet: unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>clusternet: unknown command &apos;%1&apos;; the commands are: %2</source>
        <translation>clusternet: unbekannter Befehl &apos;%1&apos;; die Befehle sind: %2</translation>
    </message>
    <message>
        <source>Designs the networks of failover clusters and checks them for single points
of failure and traffic-role isolation.
Run &apos;clusternet COMMAND --help&apos; for the options of a command.
Exit codes: 0 done, 1 the design has errors (check) or differs from what was
built (audit), 2 the input could not be loaded or the command line is wrong.
</source>
        <translation>Entwirft die Netzwerke von Failover-Clustern und prüft sie auf Single Points
of Failure und die Trennung der Verkehrsrollen.
&apos;clusternet BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 fertig, 1 der Entwurf hat Fehler (check) oder weicht vom Gebauten
ab (audit), 2 die Eingabe konnte nicht geladen werden oder die Befehlszeile ist falsch.
</translation>
    </message>
    <message>
        <source>Exit code 1 also: the design asks what a switch cannot do (config), the new
revision adds an error that is not accepted (diff).
</source>
        <translation>Exit-Code 1 auch: das Design verlangt, was ein Switch nicht kann (config), die neue
Revision fügt einen nicht akzeptierten Fehler hinzu (diff).
</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>clusternet %1: wrong number of arguments</source>
        <translation>clusternet %1: falsche Anzahl von Argumenten</translation>
    </message>
    <message>
        <source>clusternet: unknown format &apos;%1&apos;; expected %2</source>
        <translation>clusternet: unbekanntes Format &apos;%1&apos;; erwartet %2</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Write the configuration of each switch (a stack is one): PowerConnect 5424, 6248 and 8024F CLI, or a vendor-neutral plan (Markdown and CSV) for other models. Without -o the configurations are printed. Exit 1 when the design asks for something a switch cannot do (the configurations name it and leave it out).</source>
        <translation>Schreibt die Konfiguration jedes Switches (ein Stack ist einer): CLI für PowerConnect 5424, 6248 und 8024F oder ein herstellerneutraler Plan (Markdown und CSV) für andere Modelle. Ohne -o werden die Konfigurationen ausgegeben. Exit-Code 1, wenn das Design etwas verlangt, was ein Switch nicht kann (die Konfigurationen nennen es und lassen es weg).</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Die Design-Datei.</translation>
    </message>
    <message>
        <source>Only the configuration of this switch (its stack&apos;s).</source>
        <translation>Nur die Konfiguration dieses Switches (seines Stacks).</translation>
    </message>
    <message>
        <source>Write one file per switch or stack into DIR.</source>
        <translation>Schreibt eine Datei je Switch oder Stack in DIR.</translation>
    </message>
    <message>
        <source>clusternet config: %1 is no switch of the design; the switches are: %2</source>
        <translation>clusternet config: %1 ist kein Switch des Designs; die Switches sind: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>clusternet config: the design has no switch</source>
        <translation>clusternet config: das Design hat keinen Switch</translation>
    </message>
    <message>
        <source>clusternet config: %1: %2</source>
        <translation>clusternet config: %1: %2</translation>
    </message>
    <message>
        <source>clusternet config: cannot make the folder %1</source>
        <translation>clusternet config: kann den Ordner %1 nicht anlegen</translation>
    </message>
</context>
<context>
    <name>DesignEdits</name>
    <message>
        <source>there is no network &apos;%1&apos;</source>
        <translation>es gibt kein Netzwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no device &apos;%1&apos;</source>
        <translation>es gibt kein Gerät &apos;%1&apos;</translation>
    </message>
    <message>
        <source>port %1 has no cable: draw one first</source>
        <translation>Port %1 hat kein Kabel: zeichnen Sie zuerst eines</translation>
    </message>
    <message>
        <source>%1 has no port %2</source>
        <translation>%1 hat keinen Port %2</translation>
    </message>
</context>
<context>
    <name>DesignLoader</name>
    <message>
        <source>invalid %1 id &apos;%2&apos;: an id starts with a letter or digit and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>ungültige %1-ID &apos;%2&apos;: eine ID beginnt mit einem Buchstaben oder einer Ziffer und enthält nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown speed &apos;%1&apos;; expected one of 100M, 1G, 2.5G, 10G, 25G, 40G, 100G</source>
        <translation>unbekannte Geschwindigkeit &apos;%1&apos;; erwartet eine von 100M, 1G, 2.5G, 10G, 25G, 40G, 100G</translation>
    </message>
    <message>
        <source>the file is empty; a design starts with &apos;format: clusternet/1&apos;</source>
        <translation>die Datei ist leer; ein Entwurf beginnt mit &apos;format: clusternet/1&apos;</translation>
    </message>
    <message>
        <source>the design file</source>
        <translation>die Entwurfsdatei</translation>
    </message>
    <message>
        <source>missing required key &apos;format&apos; (expected &apos;format: clusternet/1&apos;)</source>
        <translation>Pflichtschlüssel &apos;format&apos; fehlt (erwartet &apos;format: clusternet/1&apos;)</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos;; expected &apos;clusternet/1&apos;</source>
        <translation>nicht unterstütztes Format &apos;%1&apos;; erwartet &apos;clusternet/1&apos;</translation>
    </message>
    <message>
        <source>a network</source>
        <translation>ein Netzwerk</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; is missing required key &apos;roles&apos;</source>
        <translation>Netzwerk &apos;%1&apos; fehlt der Pflichtschlüssel &apos;roles&apos;</translation>
    </message>
    <message>
        <source>network &apos;%1&apos; needs at least one role</source>
        <translation>Netzwerk &apos;%1&apos; braucht mindestens eine Rolle</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; expected one of management, vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, backup, oob</source>
        <translation>unbekannte Rolle &apos;%1&apos;; erwartet eine von management, vm, heartbeat, csv, live-migration, iscsi-host, iscsi-guest, backup, oob</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>bad subnet &apos;%1&apos;: expected an IPv4 or IPv6 prefix such as 10.0.0.0/24</source>
        <translation>ungültiges Subnetz &apos;%1&apos;: erwartet ein IPv4- oder IPv6-Präfix wie 10.0.0.0/24</translation>
    </message>
    <message>
        <source>unknown cluster_use &apos;%1&apos;; expected none, cluster or cluster-and-client</source>
        <translation>unbekannte cluster_use &apos;%1&apos;; erwartet none, cluster oder cluster-and-client</translation>
    </message>
    <message>
        <source>unknown isolation &apos;%1&apos;; expected vlan or physical</source>
        <translation>unbekannte isolation &apos;%1&apos;; erwartet vlan oder physical</translation>
    </message>
    <message>
        <source>bad colour &apos;%1&apos;: expected #RRGGBB or a colour name</source>
        <translation>ungültige Farbe &apos;%1&apos;: erwartet #RRGGBB oder einen Farbnamen</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; is missing required key &apos;type&apos;</source>
        <translation>Gerät &apos;%1&apos; fehlt der Pflichtschlüssel &apos;type&apos;</translation>
    </message>
    <message>
        <source>unknown device type &apos;%1&apos;; expected host, switch, storage, router, firewall or other</source>
        <translation>unbekannter Gerätetyp &apos;%1&apos;; erwartet host, switch, storage, router, firewall oder other</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; needs a &apos;model&apos; naming its device template</source>
        <translation>Switch &apos;%1&apos; braucht ein &apos;model&apos;, das seine Gerätevorlage nennt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to hosts only, and &apos;%2&apos; is a %3</source>
        <translation>&apos;%1&apos; gilt nur für Hosts, und &apos;%2&apos; ist ein %3</translation>
    </message>
    <message>
        <source>a switch takes its ports from its device template; &apos;%1&apos; is not allowed on switch &apos;%2&apos;</source>
        <translation>ein Switch erhält seine Ports aus seiner Gerätevorlage; &apos;%1&apos; ist bei Switch &apos;%2&apos; nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;stack&apos; applies to switches only, and &apos;%1&apos; is a %2</source>
        <translation>&apos;stack&apos; gilt nur für Switches, und &apos;%1&apos; ist ein %2</translation>
    </message>
    <message>
        <source>invalid cluster id &apos;%1&apos;</source>
        <translation>ungültige Cluster-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid stack id &apos;%1&apos;</source>
        <translation>ungültige Stack-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;position&apos; must be two numbers: [x, y]</source>
        <translation>&apos;position&apos; muss aus zwei Zahlen bestehen: [x, y]</translation>
    </message>
    <message>
        <source>an adapter of %1</source>
        <translation>ein Adapter von %1</translation>
    </message>
    <message>
        <source>adapter &apos;%1:%2&apos; is missing required key &apos;ports&apos;</source>
        <translation>Adapter &apos;%1:%2&apos; fehlt der Pflichtschlüssel &apos;ports&apos;</translation>
    </message>
    <message>
        <source>duplicate port id &apos;%1&apos; on adapter &apos;%2:%3&apos;</source>
        <translation>doppelte Port-ID &apos;%1&apos; auf Adapter &apos;%2:%3&apos;</translation>
    </message>
    <message>
        <source>a port</source>
        <translation>ein Port</translation>
    </message>
    <message>
        <source>invalid port id &apos;%1&apos;</source>
        <translation>ungültige Port-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a team of %1</source>
        <translation>ein Team von %1</translation>
    </message>
    <message>
        <source>team &apos;%1:%2&apos; is missing required key &apos;members&apos;</source>
        <translation>Team &apos;%1:%2&apos; fehlt der Pflichtschlüssel &apos;members&apos;</translation>
    </message>
    <message>
        <source>team &apos;%1:%2&apos; has no members</source>
        <translation>Team &apos;%1:%2&apos; hat keine Mitglieder</translation>
    </message>
    <message>
        <source>unknown team mode &apos;%1&apos;; expected switch-independent, static or lacp</source>
        <translation>unbekannter Teammodus &apos;%1&apos;; erwartet switch-independent, static oder lacp</translation>
    </message>
    <message>
        <source>a binding of %1</source>
        <translation>eine Bindung von %1</translation>
    </message>
    <message>
        <source>a binding names its port or team with &apos;via:&apos; (&apos;on:&apos; reads as true in YAML 1.1)</source>
        <translation>eine Bindung nennt ihren Port oder ihr Team mit &apos;via:&apos; (&apos;on:&apos; wird in YAML 1.1 als true gelesen)</translation>
    </message>
    <message>
        <source>a binding of &apos;%1&apos; is missing required key &apos;via&apos;</source>
        <translation>einer Bindung von &apos;%1&apos; fehlt der Pflichtschlüssel &apos;via&apos;</translation>
    </message>
    <message>
        <source>a binding of &apos;%1&apos; is missing required key &apos;networks&apos;</source>
        <translation>einer Bindung von &apos;%1&apos; fehlt der Pflichtschlüssel &apos;networks&apos;</translation>
    </message>
    <message>
        <source>a VM of %1</source>
        <translation>eine VM von %1</translation>
    </message>
    <message>
        <source>VM &apos;%1&apos; is missing required key &apos;memory_gb&apos;</source>
        <translation>VM &apos;%1&apos; fehlt der Pflichtschlüssel &apos;memory_gb&apos;</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>eine Verbindung</translation>
    </message>
    <message>
        <source>a link is missing required key &apos;%1&apos;</source>
        <translation>einer Verbindung fehlt der Pflichtschlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown link kind &apos;%1&apos;; expected cable or stacking</source>
        <translation>unbekannte Verbindungsart &apos;%1&apos;; erwartet cable oder stacking</translation>
    </message>
    <message>
        <source>duplicate network id &apos;%1&apos; (first at line %2)</source>
        <translation>doppelte Netzwerk-ID &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>duplicate device id &apos;%1&apos; (first at line %2)</source>
        <translation>doppelte Geräte-ID &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>duplicate link &apos;%1&apos; (first at line %2)</source>
        <translation>doppelte Verbindung &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown network &apos;%1&apos;</source>
        <translation>unbekanntes Netzwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port: write ADAPTER/PORT</source>
        <translation>&apos;%1&apos; ist kein Port: schreiben Sie ADAPTER/PORT</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has no adapter &apos;%2&apos;</source>
        <translation>Gerät &apos;%1&apos; hat keinen Adapter &apos;%2&apos;</translation>
    </message>
    <message>
        <source>adapter &apos;%1:%2&apos; has no port &apos;%3&apos;</source>
        <translation>Adapter &apos;%1:%2&apos; hat keinen Port &apos;%3&apos;</translation>
    </message>
    <message>
        <source>no device template for switch model &apos;%1&apos; (looked for a template whose model or slug matches)</source>
        <translation>keine Gerätevorlage für das Switch-Modell &apos;%1&apos; (gesucht wurde eine Vorlage mit passendem Modell oder Slug)</translation>
    </message>
    <message>
        <source>duplicate adapter or team id &apos;%1&apos; on device &apos;%2&apos;</source>
        <translation>doppelte Adapter- oder Team-ID &apos;%1&apos; auf Gerät &apos;%2&apos;</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is already a member of team &apos;%2&apos;</source>
        <translation>Port &apos;%1&apos; ist schon Mitglied von Team &apos;%2&apos;</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is a member of team &apos;%2&apos; and cannot also be bound on its own; bind the team</source>
        <translation>Port &apos;%1&apos; ist Mitglied von Team &apos;%2&apos; und kann nicht zusätzlich allein gebunden werden; binden Sie das Team</translation>
    </message>
    <message>
        <source>device &apos;%1&apos; has no team &apos;%2&apos; (a port is written ADAPTER/PORT)</source>
        <translation>Gerät &apos;%1&apos; hat kein Team &apos;%2&apos; (ein Port wird ADAPTER/PORT geschrieben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a link end: write DEVICE:ADAPTER/PORT or SWITCH:PORTNAME</source>
        <translation>&apos;%1&apos; ist kein Verbindungsende: schreiben Sie GERÄT:ADAPTER/PORT oder SWITCH:PORTNAME</translation>
    </message>
    <message>
        <source>unknown device &apos;%1&apos;</source>
        <translation>unbekanntes Gerät &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; (%2) has no port &apos;%3&apos;</source>
        <translation>Switch &apos;%1&apos; (%2) hat keinen Port &apos;%3&apos;</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; of switch &apos;%2&apos; is of type &apos;%3&apos;, which cannot be cabled</source>
        <translation>Port &apos;%1&apos; von Switch &apos;%2&apos; ist vom Typ &apos;%3&apos;, der sich nicht verkabeln lässt</translation>
    </message>
    <message>
        <source>a stacking link joins two switches, and &apos;%1&apos; is a %2</source>
        <translation>eine Stacking-Verbindung verbindet zwei Switches, und &apos;%1&apos; ist ein %2</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is already used by link &apos;%2&apos; (line %3); a port carries one link</source>
        <translation>Port &apos;%1&apos; wird schon von Verbindung &apos;%2&apos; benutzt (Zeile %3); ein Port trägt eine Verbindung</translation>
    </message>
    <message>
        <source>template id &apos;%1&apos; must use only a-z, 0-9 and &apos;-&apos;</source>
        <translation>Vorlagen-ID &apos;%1&apos; darf nur a-z, 0-9 und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>stacking link &apos;%1&apos; joins switch &apos;%2&apos; to itself; a stacking link joins two switches</source>
        <translation>Stacking-Verbindung &apos;%1&apos; verbindet Switch &apos;%2&apos; mit sich selbst; eine Stacking-Verbindung verbindet zwei Switches</translation>
    </message>
    <message>
        <source>link &apos;%1&apos; joins device &apos;%2&apos; to itself; a cable joins two devices</source>
        <translation>Verbindung &apos;%1&apos; verbindet Gerät &apos;%2&apos; mit sich selbst; ein Kabel verbindet zwei Geräte</translation>
    </message>
    <message>
        <source>unknown top-level key &apos;%1&apos;; expected format, template, design, policy, networks, devices, links or accepted_risks</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; auf oberster Ebene; erwartet format, template, design, policy, networks, devices, links oder accepted_risks</translation>
    </message>
    <message>
        <source>an accepted risk</source>
        <translation>ein akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>unknown rule &apos;%1&apos; in an accepted risk; a rule id of RULES.md, such as spof</source>
        <translation>unbekannte Regel &apos;%1&apos; in einem akzeptierten Risiko; eine Regel-ID aus RULES.md, etwa spof</translation>
    </message>
    <message>
        <source>an accepted risk of rule &apos;%1&apos; is missing required key &apos;elements&apos;</source>
        <translation>einem akzeptierten Risiko der Regel &apos;%1&apos; fehlt der erforderliche Schlüssel &apos;elements&apos;</translation>
    </message>
    <message>
        <source>an accepted risk names at least one element, as its finding does</source>
        <translation>ein akzeptiertes Risiko nennt mindestens ein Element, wie sein Befund</translation>
    </message>
    <message>
        <source>switch &apos;%1&apos; (%2) has no port &apos;%3&apos;: its template lists the fixed ports only, and a port a module adds is not known; module bay %4 may hold such a module</source>
        <translation>Switch &apos;%1&apos; (%2) hat keinen Port &apos;%3&apos;: die Vorlage nennt nur die festen Ports, und ein Port, den ein Modul hinzufügt, ist nicht bekannt; Modulschacht %4 kann ein solches Modul aufnehmen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>port &apos;%1&apos; of switch &apos;%2&apos; is a stacking port (%3): only a stacking link can use it</source>
        <translation>Port &apos;%1&apos; von Switch &apos;%2&apos; ist ein Stacking-Port (%3): nur eine Stacking-Verbindung kann ihn verwenden</translation>
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
        <translation>physisch getrennt</translation>
    </message>
    <message>
        <source>stacking link</source>
        <translation>Stacking-Verbindung</translation>
    </message>
    <message>
        <source>out-of-band management cable</source>
        <translation>Out-of-Band-Managementkabel</translation>
    </message>
    <message>
        <source>Tile row %1, column %2 of %3 × %4</source>
        <translation>Kachel Zeile %1, Spalte %2 von %3 × %4</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>◂ p.%1</source>
        <translation>◂ S.%1</translation>
    </message>
    <message>
        <source>p.%1 ▸</source>
        <translation>S.%1 ▸</translation>
    </message>
    <message>
        <source>▴ p.%1</source>
        <translation>▴ S.%1</translation>
    </message>
    <message>
        <source>p.%1 ▾</source>
        <translation>S.%1 ▾</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(nicht gespeichert)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Network diagram made with clusternet</source>
        <translation>Netzwerkdiagramm, erstellt mit clusternet</translation>
    </message>
    <message>
        <source>the image of %1 × %2 pixels is too large; use a lower --dpi</source>
        <translation>das Bild mit %1 × %2 Pixeln ist zu groß; verwenden Sie eine kleinere --dpi</translation>
    </message>
    <message>
        <source>added since revision %1</source>
        <translation>hinzugefügt seit Revision %1</translation>
    </message>
    <message>
        <source>removed since revision %1 (dashed)</source>
        <translation>entfernt seit Revision %1 (gestrichelt)</translation>
    </message>
    <message>
        <source>changed since revision %1</source>
        <translation>geändert seit Revision %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Rev</source>
        <translation>Rev</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert</translation>
    </message>
    <message>
        <source>earlier revision</source>
        <translation>frühere Revision</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>line width: 1G thin, 10G thicker; several networks: striped; cable id and port name at both ends</source>
        <translation>Linienstärke: 1G dünn, 10G dicker; mehrere Netzwerke: gestreift; Kabel-ID und Portname an beiden Enden</translation>
    </message>
    <message>
        <source>port name with *: a management-only (out-of-band) port</source>
        <translation>Portname mit *: ein reiner Management-Port (Out-of-Band)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>[accepted by %1]</source>
        <translation>[akzeptiert von %1]</translation>
    </message>
    <message>
        <source>List what changed from revision OLD to NEW of a design: devices, adapters, ports, teams, bindings, links, networks, the policy and accepted risks added, removed or changed (moves are not changes), and the findings that appear or disappear. Exit 1 when NEW adds an error that is not accepted.</source>
        <translation>Listet, was sich von Revision OLD zu NEW eines Designs geändert hat: Geräte, Adapter, Ports, Teams, Bindungen, Verbindungen, Netzwerke, die Richtlinie und akzeptierte Risiken hinzugefügt, entfernt oder geändert (Verschieben ist keine Änderung), und die Befunde, die auftauchen oder verschwinden. Exit-Code 1, wenn NEW einen nicht akzeptierten Fehler hinzufügt.</translation>
    </message>
    <message>
        <source>The earlier revision.</source>
        <translation>Die frühere Revision.</translation>
    </message>
    <message>
        <source>The later revision.</source>
        <translation>Die spätere Revision.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>(revision %1)</source>
        <translation>(Revision %1)</translation>
    </message>
    <message numerus="yes">
        <source>From %1%2 to %3%4: %n change(s)</source>
        <translation>
            <numerusform>Von %1%2 zu %3%4: %n Änderung</numerusform>
            <numerusform>Von %1%2 zu %3%4: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1 appear, %2 disappear</source>
        <translation>Befunde: %1 tauchen auf, %2 verschwinden</translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted or no longer accepted</source>
        <translation>
            <numerusform>, %n akzeptiert oder nicht mehr akzeptiert</numerusform>
            <numerusform>, %n akzeptiert oder nicht mehr akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>[no longer accepted]</source>
        <translation>[nicht mehr akzeptiert]</translation>
    </message>
    <message>
        <source>The new revision adds an error that is not accepted.</source>
        <translation>Die neue Revision fügt einen nicht akzeptierten Fehler hinzu.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The design file.</source>
        <translation>Die Entwurfsdatei.</translation>
    </message>
    <message>
        <source>The file to write; its suffix picks the format.</source>
        <translation>Die zu schreibende Datei; ihre Endung bestimmt das Format.</translation>
    </message>
    <message>
        <source>Paper size: A4, A3, Letter or Legal.</source>
        <translation>Papierformat: A4, A3, Letter oder Legal.</translation>
    </message>
    <message>
        <source>Landscape orientation (default portrait).</source>
        <translation>Querformat (Standard: Hochformat).</translation>
    </message>
    <message>
        <source>Tile the diagram over COLUMNSxROWS pages (PDF).</source>
        <translation>Das Diagramm auf SPALTENxZEILEN Seiten aufteilen (PDF).</translation>
    </message>
    <message>
        <source>Resolution of a PNG.</source>
        <translation>Auflösung eines PNG.</translation>
    </message>
    <message>
        <source>Add findings, bill of materials and cable schedule pages (PDF).</source>
        <translation>Seiten mit Befunden, Stückliste und Kabelplan hinzufügen (PDF).</translation>
    </message>
    <message>
        <source>clusternet export: -o OUT is required</source>
        <translation>clusternet export: -o AUS ist erforderlich</translation>
    </message>
    <message>
        <source>clusternet export: unknown page size &apos;%1&apos;; expected A4, A3, Letter or Legal</source>
        <translation>clusternet export: unbekanntes Papierformat &apos;%1&apos;; erwartet A4, A3, Letter oder Legal</translation>
    </message>
    <message>
        <source>clusternet export: --tiles is COLUMNSxROWS, such as 2x1</source>
        <translation>clusternet export: --tiles ist SPALTENxZEILEN, etwa 2x1</translation>
    </message>
    <message>
        <source>clusternet export: --dpi must be a number from 30 to 1200</source>
        <translation>clusternet export: --dpi muss eine Zahl von 30 bis 1200 sein</translation>
    </message>
    <message>
        <source>clusternet export: --report and --tiles apply to PDF; writing one page</source>
        <translation>clusternet export: --report und --tiles gelten für PDF; es wird eine Seite geschrieben</translation>
    </message>
    <message>
        <source>clusternet export: cannot make the folder %1</source>
        <translation>clusternet export: kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Write the diagram to OUT: .pdf (vector, every page), .svg or .png (one page, fit), or for other tools to edit .drawio (draw.io) or .graphml (yEd). --netbox writes NetBox import files into the folder OUT instead. Designs with findings export too.</source>
        <translation>Schreibt das Diagramm nach OUT: .pdf (Vektor, jede Seite), .svg oder .png (eine Seite, eingepasst) oder zum Bearbeiten in anderen Programmen .drawio (draw.io) oder .graphml (yEd). --netbox schreibt stattdessen NetBox-Importdateien in den Ordner OUT. Designs mit Befunden werden ebenfalls exportiert.</translation>
    </message>
    <message>
        <source>Write NetBox bulk-import CSV files into the folder OUT.</source>
        <translation>Schreibt NetBox-Massenimportdateien (CSV) in den Ordner OUT.</translation>
    </message>
    <message>
        <source>The NetBox site (--netbox); default: the design&apos;s title.</source>
        <translation>Der NetBox-Standort (--netbox); Standard: der Titel des Designs.</translation>
    </message>
    <message>
        <source>Draw the changes since the earlier revision OLD and add a change list and a revision table (.pdf, .svg, .png).</source>
        <translation>Zeichnet die Änderungen seit der früheren Revision OLD und fügt eine Änderungsliste und eine Revisionstabelle hinzu (.pdf, .svg, .png).</translation>
    </message>
    <message>
        <source>clusternet export: OUT must end in .pdf, .svg, .png, .drawio or .graphml (or be a folder, with --netbox)</source>
        <translation>clusternet export: OUT muss auf .pdf, .svg, .png, .drawio oder .graphml enden (oder mit --netbox ein Ordner sein)</translation>
    </message>
    <message>
        <source>clusternet export: --compare draws on paper: OUT must end in .pdf, .svg or .png</source>
        <translation>clusternet export: --compare zeichnet auf Papier: OUT muss auf .pdf, .svg oder .png enden</translation>
    </message>
    <message>
        <source>clusternet export: --site goes with --netbox</source>
        <translation>clusternet export: --site gehört zu --netbox</translation>
    </message>
    <message>
        <source>clusternet export: --report and --tiles apply to PDF; ignored</source>
        <translation>clusternet export: --report und --tiles gelten für PDF; ignoriert</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>unknown speed &apos;%1&apos;; expected 100M, 1G, 2.5G, 10G, 25G, 40G or 100G</source>
        <translation>unbekannte Geschwindigkeit &apos;%1&apos;; erwartet 100M, 1G, 2.5G, 10G, 25G, 40G oder 100G</translation>
    </message>
    <message>
        <source>invalid %1 id &apos;%2&apos;: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>ungültige %1-ID &apos;%2&apos;: verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>duplicate port id &apos;%1&apos;</source>
        <translation>doppelte Port-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;</source>
        <translation>unbekannte Rolle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a network needs at least one role</source>
        <translation>ein Netzwerk braucht mindestens eine Rolle</translation>
    </message>
    <message>
        <source>a VLAN is a whole number</source>
        <translation>ein VLAN ist eine ganze Zahl</translation>
    </message>
    <message>
        <source>VLAN %1 is out of range: 1 to 4094</source>
        <translation>VLAN %1 liegt außerhalb des Bereichs: 1 bis 4094</translation>
    </message>
    <message>
        <source>add the prefix length: %1/24, for example</source>
        <translation>fügen Sie die Präfixlänge hinzu: zum Beispiel %1/24</translation>
    </message>
    <message>
        <source>not a subnet: write an address and prefix, such as 10.0.10.0/24</source>
        <translation>kein Subnetz: schreiben Sie eine Adresse und ein Präfix, etwa 10.0.10.0/24</translation>
    </message>
    <message>
        <source>a rate is a number of Gb/s, 0 or more</source>
        <translation>eine Rate ist eine Zahl in Gb/s, 0 oder mehr</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>The ends of link %1 differ in speed (%2 and %3); it runs at %4</source>
        <translation>Die Enden der Verbindung %1 haben verschiedene Geschwindigkeiten (%2 und %3); sie läuft mit %4</translation>
    </message>
    <message>
        <source>No member of team %1 is cabled, yet it is bound to %2</source>
        <translation>Kein Mitglied von Team %1 ist verkabelt, obwohl es an %2 gebunden ist</translation>
    </message>
    <message>
        <source>Port %1 is bound to %2 but has no link</source>
        <translation>Port %1 ist an %2 gebunden, hat aber keine Verbindung</translation>
    </message>
    <message>
        <source>Switch %1 carries physically isolated %2 together with %3</source>
        <translation>Switch %1 trägt das physisch getrennte %2 zusammen mit %3</translation>
    </message>
    <message>
        <source>Link %1 joins switches %2 and %3 and so breaks the physical isolation of their networks</source>
        <translation>Verbindung %1 verbindet die Switches %2 und %3 und hebt so die physische Trennung ihrer Netzwerke auf</translation>
    </message>
    <message>
        <source>Switch %1 has an out-of-band management port (%2) with no link</source>
        <translation>Switch %1 hat einen Out-of-Band-Managementport (%2) ohne Verbindung</translation>
    </message>
    <message>
        <source>Cluster %1 has no cluster network that all its hosts are bound to; it needs two</source>
        <translation>Cluster %1 hat kein Clusternetzwerk, an das alle seine Hosts gebunden sind; es braucht zwei</translation>
    </message>
    <message>
        <source>Cluster %1 has only one cluster network that all its hosts are bound to (%2); it needs two</source>
        <translation>Cluster %1 hat nur ein Clusternetzwerk, an das alle seine Hosts gebunden sind (%2); es braucht zwei</translation>
    </message>
    <message>
        <source>Host %1 lacks networks that other hosts of cluster %2 have: %3</source>
        <translation>Host %1 fehlen Netzwerke, die andere Hosts von Cluster %2 haben: %3</translation>
    </message>
    <message>
        <source>Hosts %1 and %2 of cluster %3 are joined by no cluster network, even with nothing failed</source>
        <translation>Die Hosts %1 und %2 von Cluster %3 sind durch kein Clusternetzwerk verbunden, selbst wenn nichts ausgefallen ist</translation>
    </message>
    <message>
        <source>%1 and %2 cannot reach each other for %3, even with nothing failed</source>
        <translation>%1 und %2 erreichen einander nicht für %3, selbst wenn nichts ausgefallen ist</translation>
    </message>
    <message>
        <source>%1 is a single point of failure: %2 lose %3</source>
        <translation>%1 ist ein Single Point of Failure: %2 verlieren %3</translation>
    </message>
    <message>
        <source>If %1 and %2 fail together, %3 lose %4</source>
        <translation>Fallen %1 und %2 zusammen aus, verlieren %3 %4</translation>
    </message>
    <message>
        <source>Live migration of VM %1 (%2 GB) from %3 takes about %4 s at %5 Gb/s, over the %6 s limit</source>
        <translation>Die Livemigration der VM %1 (%2 GB) von %3 dauert etwa %4 s bei %5 Gb/s, über der Grenze von %6 s</translation>
    </message>
    <message>
        <source>Draining host %1 (%2 GB of VMs) takes about %3 s at %4 Gb/s, over the %5 s limit</source>
        <translation>Das Leeren von Host %1 (%2 GB an VMs) dauert etwa %3 s bei %4 Gb/s, über der Grenze von %5 s</translation>
    </message>
    <message>
        <source>If network %1 fails, no other cluster network of cluster %2 has room for its %3 Gb/s</source>
        <translation>Fällt Netzwerk %1 aus, hat kein anderes Clusternetzwerk von Cluster %2 Platz für seine %3 Gb/s</translation>
    </message>
    <message>
        <source>management</source>
        <translation>Management</translation>
    </message>
    <message>
        <source>VM traffic</source>
        <translation>VM-Verkehr</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>live migration</source>
        <translation>Livemigration</translation>
    </message>
    <message>
        <source>host iSCSI</source>
        <translation>Host-iSCSI</translation>
    </message>
    <message>
        <source>guest iSCSI</source>
        <translation>Gast-iSCSI</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>out-of-band management</source>
        <translation>Out-of-Band-Management</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>cluster communication (heartbeat, CSV, live migration)</source>
        <translation>Clusterkommunikation (Heartbeat, CSV, Livemigration)</translation>
    </message>
    <message>
        <source>switch %1</source>
        <translation>Switch %1</translation>
    </message>
    <message>
        <source>adapter %1</source>
        <translation>Adapter %1</translation>
    </message>
    <message>
        <source>cable %1</source>
        <translation>Kabel %1</translation>
    </message>
    <message>
        <source>Port %1 carries iSCSI network %2 together with %3; iSCSI needs ports of its own</source>
        <translation>Port %1 trägt das iSCSI-Netzwerk %2 zusammen mit %3; iSCSI braucht eigene Ports</translation>
    </message>
    <message>
        <source>Network %1 mixes iSCSI with other roles (%2); iSCSI networks carry nothing else</source>
        <translation>Netzwerk %1 mischt iSCSI mit anderen Rollen (%2); iSCSI-Netzwerke tragen nichts anderes</translation>
    </message>
    <message>
        <source>live-migration traffic is unencrypted and must not share a network with VMs</source>
        <translation>Livemigrationsverkehr ist unverschlüsselt und darf kein Netzwerk mit VMs teilen</translation>
    </message>
    <message>
        <source>management and VM traffic should back each other up on separate networks</source>
        <translation>Management- und VM-Verkehr sollten einander auf getrennten Netzwerken absichern</translation>
    </message>
    <message>
        <source>CSV and live migration should back each other up on separate networks</source>
        <translation>CSV und Livemigration sollten einander auf getrennten Netzwerken absichern</translation>
    </message>
    <message>
        <source>Network %1 carries %2 and %3: %4</source>
        <translation>Netzwerk %1 trägt %2 und %3: %4</translation>
    </message>
    <message>
        <source>Networks %1 and %2 have the same subnet %3: the cluster sees one network</source>
        <translation>Die Netzwerke %1 und %2 haben dasselbe Subnetz %3: der Cluster sieht ein Netzwerk</translation>
    </message>
    <message>
        <source>The subnets of networks %1 (%2) and %3 (%4) overlap</source>
        <translation>Die Subnetze der Netzwerke %1 (%2) und %3 (%4) überlappen sich</translation>
    </message>
    <message>
        <source>Networks %1 and %2 both use VLAN %3 and meet on %4</source>
        <translation>Die Netzwerke %1 und %2 verwenden beide VLAN %3 und treffen sich auf %4</translation>
    </message>
    <message>
        <source>Switch %1 (%2) is in stack %3, but that model cannot be stacked</source>
        <translation>Switch %1 (%2) ist in Stack %3, aber dieses Modell lässt sich nicht stacken</translation>
    </message>
    <message>
        <source>The members of stack %1 (%2) are not all joined by stacking links</source>
        <translation>Die Mitglieder von Stack %1 (%2) sind nicht alle durch Stacking-Verbindungen verbunden</translation>
    </message>
    <message>
        <source>All members of team %1 sit on adapter %2: losing that card loses the team</source>
        <translation>Alle Mitglieder von Team %1 sitzen auf Adapter %2: fällt diese Karte aus, fällt das Team aus</translation>
    </message>
    <message>
        <source>All cabled members of team %1 go to switch %2: losing that switch loses the team</source>
        <translation>Alle verkabelten Mitglieder von Team %1 gehen zu Switch %2: fällt dieser Switch aus, fällt das Team aus</translation>
    </message>
    <message>
        <source>Team %1 is in %2 mode across switches that are not one stack; only switch-independent teaming works there</source>
        <translation>Team %1 läuft im Modus %2 über Switches, die keinen Stack bilden; dort funktioniert nur switch-independent Teaming</translation>
    </message>
    <message>
        <source>The members of team %1 have different port speeds</source>
        <translation>Die Mitglieder von Team %1 haben verschiedene Portgeschwindigkeiten</translation>
    </message>
    <message>
        <source>iSCSI network %1 is bound to team %2; iSCSI uses MPIO over separate ports, not a team</source>
        <translation>iSCSI-Netzwerk %1 ist an Team %2 gebunden; iSCSI nutzt MPIO über getrennte Ports, kein Team</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The accepted risk %1 on %2 (accepted by %3) no longer occurs: remove it from accepted_risks</source>
        <translation>Das akzeptierte Risiko %1 auf %2 (akzeptiert von %3) tritt nicht mehr auf: entfernen Sie es aus accepted_risks</translation>
    </message>
    <message>
        <source>Switch %1 (%2): port %3 is taken as its out-of-band management port for its name; the template (%4) does not mark it mgmt_only</source>
        <translation>Switch %1 (%2): Port %3 wird wegen seines Namens als Out-of-Band-Verwaltungsport genommen; die Vorlage (%4) markiert ihn nicht als mgmt_only</translation>
    </message>
</context>
<context>
    <name>FmtCommand</name>
    <message>
        <source>Load a design and write it back in canonical form (in place without -o).</source>
        <translation>Einen Entwurf laden und in kanonischer Form zurückschreiben (ohne -o an Ort und Stelle).</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Die Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Write to OUT instead of FILE.</source>
        <translation>Nach AUS statt nach DATEI schreiben.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Build a design from the inventories that collect-inventory.ps1 wrote on a cluster&apos;s hosts.
Roles are guessed from the cluster networks&apos; roles and names, and every guess is said.
Switches come from LLDP; one whose model no template matches becomes a generic switch,
with a template written to devices/ beside the design.</source>
        <translation>Erstellt einen Entwurf aus den Inventaren, die collect-inventory.ps1 auf den Hosts eines Clusters schrieb.
Rollen werden aus den Rollen und Namen der Clusternetzwerke geraten, und jede Vermutung wird genannt.
Switches stammen aus LLDP; einer, dessen Modell keine Vorlage kennt, wird ein generischer Switch,
mit einer Vorlage in devices/ neben dem Entwurf.</translation>
    </message>
    <message>
        <source>The inventory of one host; one per host.</source>
        <translation>Das Inventar eines Hosts; eines pro Host.</translation>
    </message>
    <message>
        <source>The design file to write.</source>
        <translation>Die zu schreibende Entwurfsdatei.</translation>
    </message>
    <message>
        <source>The model (a device template) of a switch LLDP does not describe. Repeatable.</source>
        <translation>Das Modell (eine Gerätevorlage) eines Switches, den LLDP nicht beschreibt. Wiederholbar.</translation>
    </message>
    <message>
        <source>Overwrite DESIGN and generated templates that exist.</source>
        <translation>Vorhandenen ENTWURF und erzeugte Vorlagen überschreiben.</translation>
    </message>
    <message>
        <source>clusternet import: -o DESIGN is required</source>
        <translation>clusternet import: -o ENTWURF ist erforderlich</translation>
    </message>
    <message>
        <source>clusternet import: %1 exists; give --force to overwrite it</source>
        <translation>clusternet import: %1 existiert; mit --force wird es überschrieben</translation>
    </message>
    <message>
        <source>clusternet import: --switch-model wants SWITCH=MODEL, not &apos;%1&apos;</source>
        <translation>clusternet import: --switch-model erwartet SWITCH=MODELL, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>clusternet import: %1 exists with other content; give --force to overwrite it</source>
        <translation>clusternet import: %1 existiert mit anderem Inhalt; mit --force wird es überschrieben</translation>
    </message>
    <message>
        <source>clusternet import: cannot make folder %1</source>
        <translation>clusternet import: Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>clusternet import: the imported design does not load (a bug): %1</source>
        <translation>clusternet import: der importierte Entwurf lädt nicht (ein Fehler): %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n host(s)</source>
        <translation>
            <numerusform>%1 geschrieben: %n Host</numerusform>
            <numerusform>%1 geschrieben: %n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n switch(es)</source>
        <translation>
            <numerusform>%n Switch</numerusform>
            <numerusform>%n Switches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n Netzwerk</numerusform>
            <numerusform>%n Netzwerke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s)</source>
        <translation>
            <numerusform>%n Kabel</numerusform>
            <numerusform>%n Kabel</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (generic switch)</source>
        <translation>%1 geschrieben (generischer Switch)</translation>
    </message>
</context>
<context>
    <name>InventoryAudit</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>in an unknown state</source>
        <translation>in einem unbekannten Zustand</translation>
    </message>
    <message>
        <source>%1 has no card %2: none of its ports (%3) is on the host</source>
        <translation>%1 hat keine Karte %2: keiner ihrer Ports (%3) ist im Host</translation>
    </message>
    <message>
        <source>%1 has no port %2 on card %3</source>
        <translation>%1 hat keinen Port %2 auf Karte %3</translation>
    </message>
    <message>
        <source>%1 has a card the design does not: %2 (%3) with %4</source>
        <translation>%1 hat eine Karte, die der Entwurf nicht hat: %2 (%3) mit %4</translation>
    </message>
    <message>
        <source>%1 has a port %2 on card %3 that the design does not</source>
        <translation>%1 hat einen Port %2 auf Karte %3, den der Entwurf nicht hat</translation>
    </message>
    <message numerus="yes">
        <source>the ports of card %1 sit on %n cards of %2: %3</source>
        <translation>
            <numerusform>die Ports von Karte %1 sitzen auf %n Karte von %2: %3</numerusform>
            <numerusform>die Ports von Karte %1 sitzen auf %n Karten von %2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>cards %1 of the design are one card on %2 (%3, %4): they fail together</source>
        <translation>die Karten %1 des Entwurfs sind eine Karte auf %2 (%3, %4): sie fallen zusammen aus</translation>
    </message>
    <message>
        <source>%1 %2 runs at %3, designed %4</source>
        <translation>%1 %2 läuft mit %3, entworfen %4</translation>
    </message>
    <message>
        <source>%1 %2 is %3, but the design uses it</source>
        <translation>%1 %2 ist %3, aber der Entwurf verwendet ihn</translation>
    </message>
    <message>
        <source>%1 has no team %2 (of %3)</source>
        <translation>%1 hat kein Team %2 (aus %3)</translation>
    </message>
    <message>
        <source>team %1 on %2 has members %3, designed %4</source>
        <translation>Team %1 auf %2 hat die Mitglieder %3, entworfen %4</translation>
    </message>
    <message>
        <source>; all of them on one card (%1)</source>
        <translation>; alle auf einer Karte (%1)</translation>
    </message>
    <message>
        <source>team %1 on %2 runs %3, designed %4</source>
        <translation>Team %1 auf %2 läuft %3, entworfen %4</translation>
    </message>
    <message>
        <source>%1 has a team %2 (%3, of %4) that the design does not</source>
        <translation>%1 hat ein Team %2 (%3, aus %4), das der Entwurf nicht hat</translation>
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
        <translation>%1 hat keinen Hyper-V-Switch auf %2 für Netzwerk %3</translation>
    </message>
    <message>
        <source>%1 %2 (network %3 on %4) is %5, designed VLAN %6</source>
        <translation>%1 %2 (Netzwerk %3 auf %4) ist %5, entworfen VLAN %6</translation>
    </message>
    <message>
        <source>%1 has network %2 on %3 (%4), designed on %5</source>
        <translation>%1 hat Netzwerk %2 auf %3 (%4), entworfen auf %5</translation>
    </message>
    <message>
        <source>%1 has no interface on network %2 (%3, %4), designed on %5</source>
        <translation>%1 hat keine Schnittstelle im Netzwerk %2 (%3, %4), entworfen auf %5</translation>
    </message>
    <message>
        <source>no subnet</source>
        <translation>kein Subnetz</translation>
    </message>
    <message>
        <source>%1 has %2 (%3, %4) on %5, which the design does not bind there%6</source>
        <translation>%1 hat %2 (%3, %4) auf %5, was der Entwurf dort nicht bindet%6</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source> (network %1)</source>
        <translation> (Netzwerk %1)</translation>
    </message>
    <message>
        <source>%1 has Hyper-V switch %2 on %3, which the design binds to no VM network there</source>
        <translation>%1 hat Hyper-V-Switch %2 auf %3, an den der Entwurf dort kein VM-Netzwerk bindet</translation>
    </message>
    <message>
        <source>%1: %2 sees port &apos;%3&apos; of switch %4, which names no port of its model</source>
        <translation>%1: %2 sieht Port &apos;%3&apos; von Switch %4, der keinen Port seines Modells bezeichnet</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to %3, designed to %4 (%5)</source>
        <translation>%1 %2 ist mit %3 verkabelt, entworfen mit %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to switch %3 port %4, which is not in the design; designed to %5 (%6)</source>
        <translation>%1 %2 ist mit Switch %3 Port %4 verkabelt, der nicht im Entwurf ist; entworfen mit %5 (%6)</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to %3; the design leaves it uncabled (%4)</source>
        <translation>%1 %2 ist mit %3 verkabelt; der Entwurf lässt ihn unverkabelt (%4)</translation>
    </message>
    <message>
        <source>%1 %2 is cabled to switch %3 port %4, which is not in the design (%5)</source>
        <translation>%1 %2 ist mit Switch %3 Port %4 verkabelt, der nicht im Entwurf ist (%5)</translation>
    </message>
    <message>
        <source>LLDP on %1</source>
        <translation>LLDP auf %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not in the design</source>
        <translation>%1 (%2) ist nicht im Entwurf</translation>
    </message>
    <message>
        <source>%1: no inventory given; not audited</source>
        <translation>%1: kein Inventar angegeben; nicht geprüft</translation>
    </message>
</context>
<context>
    <name>InventoryImport</name>
    <message>
        <source>%1: no port of card %2 reports a speed; it is drawn at 1G</source>
        <translation>%1: kein Port von Karte %2 meldet eine Geschwindigkeit; sie wird mit 1G gezeichnet</translation>
    </message>
    <message>
        <source>%1: team %2 has a member %3 that is no physical adapter; left out</source>
        <translation>%1: Team %2 hat ein Mitglied %3, das kein physischer Adapter ist; ausgelassen</translation>
    </message>
    <message>
        <source>%1: team %2 runs in mode &apos;%3&apos;, which a design cannot say; left as switch-independent</source>
        <translation>%1: Team %2 läuft im Modus &apos;%3&apos;, den ein Entwurf nicht ausdrücken kann; als switch-independent belassen</translation>
    </message>
    <message>
        <source>%1: interface %2 sits on no physical port or team that the inventory shows; it is not bound</source>
        <translation>%1: Schnittstelle %2 sitzt auf keinem physischen Port oder Team des Inventars; nicht gebunden</translation>
    </message>
    <message>
        <source>network %1: VM traffic through Hyper-V switch %2 (role vm); its VLANs are the VMs&apos; and not in the inventory</source>
        <translation>Netzwerk %1: VM-Verkehr über Hyper-V-Switch %2 (Rolle vm); seine VLANs gehören den VMs und stehen nicht im Inventar</translation>
    </message>
    <message>
        <source>network %1 (%2): roles %3 guessed from %4</source>
        <translation>Netzwerk %1 (%2): Rollen %3 geraten aus %4</translation>
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
        <translation>%1: %2 ist untagged im Netzwerk %3, die anderen Hosts in VLAN %4 (ein Access-Port dieses VLANs am Switch kann ihn dorthin setzen)</translation>
    </message>
    <message>
        <source>%1: %2 is on network %3 with VLAN %4, the other hosts with %5</source>
        <translation>%1: %2 ist im Netzwerk %3 mit VLAN %4, die anderen Hosts mit %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: Hyper-V switch %2 uses no adapter or team the inventory shows</source>
        <translation>%1: Hyper-V-Switch %2 verwendet keinen Adapter und kein Team des Inventars</translation>
    </message>
    <message>
        <source>switch %1: no device template of model &apos;%2&apos;; it becomes a generic switch</source>
        <translation>Switch %1: keine Gerätevorlage des Modells &apos;%2&apos;; er wird ein generischer Switch</translation>
    </message>
    <message>
        <source>switch %1: model %2, from %3</source>
        <translation>Switch %1: Modell %2, aus %3</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>der Befehlszeile</translation>
    </message>
    <message>
        <source>its LLDP description &apos;%1&apos;</source>
        <translation>seiner LLDP-Beschreibung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>switch %1: no template matches %2; it becomes a generic switch with the ports seen in use</source>
        <translation>Switch %1: keine Vorlage passt zu %2; er wird ein generischer Switch mit den in Gebrauch gesehenen Ports</translation>
    </message>
    <message>
        <source>(no LLDP description)</source>
        <translation>(keine LLDP-Beschreibung)</translation>
    </message>
    <message>
        <source>%1: switch %2 port &apos;%3&apos; is no port of %4; not cabled</source>
        <translation>%1: Switch %2 Port &apos;%3&apos; ist kein Port von %4; nicht verkabelt</translation>
    </message>
    <message>
        <source>%1: %2 is also seen on %3; the first sighting (%4) is kept</source>
        <translation>%1: %2 wird auch auf %3 gesehen; die erste Sichtung (%4) bleibt</translation>
    </message>
    <message>
        <source>%1: LLDP names host %2 but no adapter of it; not cabled</source>
        <translation>%1: LLDP nennt Host %2, aber keinen seiner Adapter; nicht verkabelt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n neighbour(s) of switch %2 match no adapter of the hosts</source>
        <translation>
            <numerusform>%1: %n Nachbar von Switch %2 passt zu keinem Adapter der Hosts</numerusform>
            <numerusform>%1: %n Nachbarn von Switch %2 passen zu keinem Adapter der Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster %1 as built</source>
        <translation>Cluster %1 wie gebaut</translation>
    </message>
    <message>
        <source>Hosts as built: %1</source>
        <translation>Hosts wie gebaut: %1</translation>
    </message>
    <message>
        <source>Imported by clusternet import from the inventories of %1. Guesses to check:</source>
        <translation>Importiert von clusternet import aus den Inventaren von %1. Zu prüfende Vermutungen:</translation>
    </message>
    <message>
        <source>the cluster network&apos;s name &apos;%1&apos;</source>
        <translation>dem Namen des Clusternetzwerks &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the interface name &apos;%1&apos;</source>
        <translation>dem Schnittstellennamen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cluster role 0 (none)</source>
        <translation>Clusterrolle 0 (keine)</translation>
    </message>
    <message>
        <source>cluster role 1 (cluster only)</source>
        <translation>Clusterrolle 1 (nur Cluster)</translation>
    </message>
    <message>
        <source>cluster role %1 (cluster and client)</source>
        <translation>Clusterrolle %1 (Cluster und Client)</translation>
    </message>
    <message>
        <source>nothing: no name or cluster role says more</source>
        <translation>nichts: kein Name und keine Clusterrolle sagt mehr</translation>
    </message>
</context>
<context>
    <name>InventoryInputs</name>
    <message>
        <source>A switch&apos;s &apos;show lldp remote-device all&apos; output, saved as text; the switch is SWITCH, or the file&apos;s name without its suffix. Repeatable.</source>
        <translation>Die Ausgabe von &apos;show lldp remote-device all&apos; eines Switches, als Text gespeichert; der Switch ist SWITCH, oder der Dateiname ohne Endung. Wiederholbar.</translation>
    </message>
    <message>
        <source>%1: error: host %2 comes twice (also in %3)</source>
        <translation>%1: error: Host %2 kommt zweimal vor (auch in %3)</translation>
    </message>
</context>
<context>
    <name>InventoryReader</name>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>an inventory is one JSON object, as the collector writes it</source>
        <translation>ein Inventar ist ein JSON-Objekt, wie der Collector es schreibt</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not clusternet-inventory/1</source>
        <translation>Format &apos;%1&apos; ist nicht clusternet-inventory/1</translation>
    </message>
    <message>
        <source>no ComputerName: this is not an inventory of a host</source>
        <translation>kein ComputerName: dies ist kein Inventar eines Hosts</translation>
    </message>
    <message>
        <source>an entry of %1 without a name is left out</source>
        <translation>ein Eintrag von %1 ohne Namen wird ausgelassen</translation>
    </message>
    <message>
        <source>an address without a valid IPAddress and PrefixLength is left out</source>
        <translation>eine Adresse ohne gültige IPAddress und PrefixLength wird ausgelassen</translation>
    </message>
    <message>
        <source>an LLDP neighbour that names no adapter is left out</source>
        <translation>ein LLDP-Nachbar, der keinen Adapter nennt, wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>NeighbourTable</name>
    <message>
        <source>no table of &apos;show lldp remote-device all&apos; here (a header with Interface, RemID, Chassis ID, Port ID, System Name)</source>
        <translation>hier keine Tabelle von &apos;show lldp remote-device all&apos; (eine Kopfzeile mit Interface, RemID, Chassis ID, Port ID, System Name)</translation>
    </message>
</context>
<context>
    <name>NetBoxExport</name>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>Stack %1</translation>
    </message>
    <message>
        <source>design id %1</source>
        <translation>Design-ID %1</translation>
    </message>
</context>
<context>
    <name>NetBoxText</name>
    <message>
        <source>team (%1) of %2</source>
        <translation>Team (%1) von %2</translation>
    </message>
    <message>
        <source>port %1 of %2</source>
        <translation>Port %1 von %2</translation>
    </message>
    <message>
        <source>NetBox import files of &quot;%1&quot;, written by clusternet.

Import each file on its object list (Import, CSV data) in this order, skipping a file whose
objects exist already:

  1. sites.csv         Organization &gt; Sites: the site &quot;%2&quot;
  2. device-roles.csv  Devices &gt; Device Roles
</source>
        <translation>NetBox-Importdateien von &quot;%1&quot;, geschrieben von clusternet.

Importieren Sie jede Datei in ihrer Objektliste (Import, CSV data) in dieser Reihenfolge und
überspringen Sie eine Datei, deren Objekte schon existieren:

  1. sites.csv         Organization &gt; Sites: der Standort &quot;%2&quot;
  2. device-roles.csv  Devices &gt; Device Roles
</translation>
    </message>
    <message>
        <source>  %1. manufacturers.csv Devices &gt; Manufacturers: Generic, for the devices without a template
  %2. device-types.csv  Devices &gt; Device Types
</source>
        <translation>  %1. manufacturers.csv Devices &gt; Manufacturers: Generic, für die Geräte ohne Vorlage
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
  %2. interfaces.csv    Devices &gt; Interfaces: NIC-Ports und Teams (Typ lag), die die
                        Device Types nicht haben
  %3. vlans.csv         IPAM &gt; VLANs
  %4. cables.csv        Devices &gt; Cables: label = Kabel-ID, Status planned

</translation>
    </message>
    <message>
        <source>These device types must exist first, with their interfaces (the NetBox device-type
library has them; the slug in brackets is what devices.csv names):

</source>
        <translation>Diese Device Types müssen zuerst existieren, mit ihren Interfaces (die NetBox-Device-Type-
Bibliothek hat sie; der Slug in Klammern ist, was devices.csv nennt):

</translation>
    </message>
    <message>
        <source>
Not in these files: IP addresses, the switch ports&apos; VLAN modes and port-channels (see the
switch configurations, clusternet config), stacks as virtual chassis, and cable lengths.
</source>
        <translation>
Nicht in diesen Dateien: IP-Adressen, die VLAN-Modi und Port-Channels der Switch-Ports (siehe die
Switch-Konfigurationen, clusternet config), Stacks als Virtual Chassis und Kabellängen.
</translation>
    </message>
</context>
<context>
    <name>NewCommand</name>
    <message>
        <source>Write a new design from a design template (see &apos;clusternet templates&apos;), without its template header.</source>
        <translation>Einen neuen Entwurf aus einer Entwurfsvorlage schreiben (siehe &apos;clusternet templates&apos;), ohne ihren Vorlagenkopf.</translation>
    </message>
    <message>
        <source>The id of a design template.</source>
        <translation>Die ID einer Entwurfsvorlage.</translation>
    </message>
    <message>
        <source>The design file to write.</source>
        <translation>Die zu schreibende Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Overwrite FILE if it exists.</source>
        <translation>DATEI überschreiben, falls sie existiert.</translation>
    </message>
    <message>
        <source>clusternet new: -o FILE is required</source>
        <translation>clusternet new: -o DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>clusternet new: %1 exists; give --force to overwrite it</source>
        <translation>clusternet new: %1 existiert; mit --force wird es überschrieben</translation>
    </message>
    <message>
        <source>clusternet new: no design template &apos;%1&apos;; there are: %2</source>
        <translation>clusternet new: keine Entwurfsvorlage &apos;%1&apos;; vorhanden sind: %2</translation>
    </message>
    <message>
        <source>Wrote %1 from template %2 (%3)</source>
        <translation>%1 aus Vorlage %2 geschrieben (%3)</translation>
    </message>
</context>
<context>
    <name>PortPlan</name>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>stacking</source>
        <translation>Stacking</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>Out-of-Band</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>%1 (no VLAN id)</source>
        <translation>%1 (keine VLAN-ID)</translation>
    </message>
    <message>
        <source>out-of-band management port: not cabled</source>
        <translation>Out-of-Band-Verwaltungsport: nicht verkabelt</translation>
    </message>
    <message>
        <source>reaches %1 %2; the management network is not given (networks: on the link)</source>
        <translation>erreicht %1 %2; das Verwaltungsnetzwerk ist nicht angegeben (networks: an der Verbindung)</translation>
    </message>
    <message>
        <source>reaches %1 on %2 %3</source>
        <translation>erreicht %1 auf %2 %3</translation>
    </message>
    <message>
        <source>out-of-band management of %1</source>
        <translation>Out-of-Band-Verwaltung von %1</translation>
    </message>
    <message>
        <source>its management network is not given (networks: on the link)</source>
        <translation>sein Verwaltungsnetzwerk ist nicht angegeben (networks: an der Verbindung)</translation>
    </message>
    <message>
        <source>the cable carries no network</source>
        <translation>das Kabel trägt kein Netzwerk</translation>
    </message>
    <message>
        <source>the network has no VLAN id: the switch&apos;s default VLAN</source>
        <translation>das Netzwerk hat keine VLAN-ID: das Standard-VLAN des Switches</translation>
    </message>
    <message>
        <source>several networks without a VLAN id: only one can be untagged</source>
        <translation>mehrere Netzwerke ohne VLAN-ID: nur eines kann untagged sein</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>Stack %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Bill of materials: %1</source>
        <translation>Stückliste: %1</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Adapters (NIC cards)</source>
        <translation>Adapter (Netzwerkkarten)</translation>
    </message>
    <message>
        <source>Ports per switch</source>
        <translation>Ports je Switch</translation>
    </message>
    <message>
        <source>%1 (%2) %3: %4 used, %5 free</source>
        <translation>%1 (%2) %3: %4 belegt, %5 frei</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation>Kabelplan</translation>
    </message>
    <message>
        <source>(no networks)</source>
        <translation>(keine Netzwerke)</translation>
    </message>
    <message>
        <source>Live migration estimates</source>
        <translation>Schätzungen der Livemigration</translation>
    </message>
    <message>
        <source>(no VMs on hosts of a cluster of two or more)</source>
        <translation>(keine VMs auf Hosts eines Clusters mit zwei oder mehr Hosts)</translation>
    </message>
    <message>
        <source>VM %1 on %2: %3 GB at %4 Gb/s: about %5 s</source>
        <translation>VM %1 auf %2: %3 GB bei %4 Gb/s: etwa %5 s</translation>
    </message>
    <message>
        <source>Draining %1: %2 GB at %3 Gb/s: about %4 s</source>
        <translation>%1 leeren: %2 GB bei %3 Gb/s: etwa %4 s</translation>
    </message>
    <message>
        <source>The design file.</source>
        <translation>Die Entwurfsdatei.</translation>
    </message>
    <message>
        <source>Output format: text, json or csv.</source>
        <translation>Ausgabeformat: text, json oder csv.</translation>
    </message>
    <message>
        <source>Optics and cables by media</source>
        <translation>Optiken und Kabel nach Medium</translation>
    </message>
    <message>
        <source>%1 transceivers if built with optics</source>
        <translation>%1 Transceiver bei Aufbau mit Optiken</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>Out-of-Band</translation>
    </message>
    <message>
        <source>out-of-band: %1</source>
        <translation>Out-of-Band: %1</translation>
    </message>
    <message>
        <source>Print the bill of materials, port use per switch, the cable schedule and live-migration estimates; or the port plan of every switch (--ports), or the VLAN and IP plan (--vlans).</source>
        <translation>Gibt die Stückliste, die Portbelegung je Switch, den Kabelplan und die Live-Migration-Schätzungen aus; oder den Portplan jedes Switches (--ports), oder den VLAN- und IP-Plan (--vlans).</translation>
    </message>
    <message>
        <source>The port plan of every switch: far end, cable, access or trunk, VLANs, port-channel.</source>
        <translation>Der Portplan jedes Switches: Gegenstelle, Kabel, Access oder Trunk, VLANs, Port-Channel.</translation>
    </message>
    <message>
        <source>The VLAN and IP plan: each network&apos;s VLAN, subnet, switches, trunks and bound ports.</source>
        <translation>Der VLAN- und IP-Plan: je Netzwerk VLAN, Subnetz, Switches, Trunks und gebundene Ports.</translation>
    </message>
    <message>
        <source>clusternet report: --ports and --vlans are two tables; with --format csv, ask for one at a time</source>
        <translation>clusternet report: --ports und --vlans sind zwei Tabellen; mit --format csv fragen Sie nach einer auf einmal</translation>
    </message>
    <message>
        <source>Port plan: %1</source>
        <translation>Portplan: %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>Stack %1</translation>
    </message>
    <message>
        <source>%1 used, %2 free</source>
        <translation>%1 belegt, %2 frei</translation>
    </message>
    <message>
        <source>(no device template: its ports are unknown)</source>
        <translation>(keine Gerätevorlage: die Ports sind unbekannt)</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Modus</translation>
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
        <translation>Channel</translation>
    </message>
    <message>
        <source>cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>far end</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 ports</source>
        <translation>%1 Ports</translation>
    </message>
    <message>
        <source>team %1 (%2)</source>
        <translation>Team %1 (%2)</translation>
    </message>
    <message>
        <source>(not cabled)</source>
        <translation>(nicht verkabelt)</translation>
    </message>
    <message>
        <source>→ %1 (%2, %3)</source>
        <translation>→ %1 (%2, %3)</translation>
    </message>
    <message>
        <source>VLAN and IP plan: %1</source>
        <translation>VLAN- und IP-Plan: %1</translation>
    </message>
    <message>
        <source>VLAN %1</source>
        <translation>VLAN %1</translation>
    </message>
    <message>
        <source>no VLAN id</source>
        <translation>keine VLAN-ID</translation>
    </message>
    <message>
        <source>no subnet</source>
        <translation>kein Subnetz</translation>
    </message>
    <message>
        <source>cluster use: %1</source>
        <translation>Clusternutzung: %1</translation>
    </message>
    <message>
        <source>physically isolated</source>
        <translation>physisch getrennt</translation>
    </message>
    <message>
        <source>switches: %1</source>
        <translation>Switches: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>trunk %1: %2 — %3</source>
        <translation>Trunk %1: %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n stacking link(s)</source>
        <translation>
            <numerusform>und %n Stacking-Verbindung</numerusform>
            <numerusform>und %n Stacking-Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (out-of-band)</source>
        <translation>%1 (Out-of-Band)</translation>
    </message>
    <message>
        <source>(no device is bound to it)</source>
        <translation>(kein Gerät ist daran gebunden)</translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>adapter, %1</source>
        <translation>Adapter, %1</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Stückliste</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Ports per switch</source>
        <translation>Ports je Switch</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Port type</source>
        <translation>Porttyp</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cable schedule</source>
        <translation>Kabelplan</translation>
    </message>
    <message>
        <source>A end</source>
        <translation>A-Seite</translation>
    </message>
    <message>
        <source>B end</source>
        <translation>B-Seite</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>(drain the host)</source>
        <translation>(Host leeren)</translation>
    </message>
    <message>
        <source>Live migration estimates</source>
        <translation>Schätzungen der Livemigration</translation>
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
        <translation>Speicher GB</translation>
    </message>
    <message>
        <source>Gb/s</source>
        <translation>Gb/s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>stack %1: %2</source>
        <translation>Stack %1: %2</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1, accepted</source>
        <translation>%1, akzeptiert</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>Akzeptiert von %1: %2</translation>
    </message>
    <message>
        <source>stale: no longer occurs</source>
        <translation>veraltet: tritt nicht mehr auf</translation>
    </message>
    <message numerus="yes">
        <source>accepts %n finding(s)</source>
        <translation>
            <numerusform>akzeptiert %n Befund</numerusform>
            <numerusform>akzeptiert %n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
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
        <translation>%1 (keine mit DAC)</translation>
    </message>
    <message>
        <source>Optics and cables</source>
        <translation>Optiken und Kabel</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Transceivers</source>
        <translation>Transceiver</translation>
    </message>
    <message>
        <source>Cable</source>
        <translation>Kabel</translation>
    </message>
    <message>
        <source>Length class</source>
        <translation>Längenklasse</translation>
    </message>
    <message>
        <source>out-of-band management</source>
        <translation>Out-of-Band-Verwaltung</translation>
    </message>
    <message>
        <source>out-of-band management: %1</source>
        <translation>Out-of-Band-Verwaltung: %1</translation>
    </message>
    <message>
        <source>Media · speed</source>
        <translation>Medium · Geschwindigkeit</translation>
    </message>
    <message>
        <source>Port plan of %1</source>
        <translation>Portplan von %1</translation>
    </message>
    <message>
        <source>stack %1</source>
        <translation>Stack %1</translation>
    </message>
    <message>
        <source>%1 ports used, %2 free</source>
        <translation>%1 Ports belegt, %2 frei</translation>
    </message>
    <message>
        <source>no device template: its ports are unknown</source>
        <translation>keine Gerätevorlage: die Ports sind unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n ports</source>
        <translation>
            <numerusform>%n Port</numerusform>
            <numerusform>%n Ports</numerusform>
        </translation>
    </message>
    <message>
        <source>team %1 (%2)</source>
        <translation>Team %1 (%2)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
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
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>VLAN and IP plan</source>
        <translation>VLAN- und IP-Plan</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>physically isolated</source>
        <translation>physisch getrennt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Cluster use</source>
        <translation>Clusternutzung</translation>
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
        <translation>%1 (keine VLAN-ID)</translation>
    </message>
    <message>
        <source>%1: bound ports and teams</source>
        <translation>%1: gebundene Ports und Teams</translation>
    </message>
    <message>
        <source>not cabled</source>
        <translation>nicht verkabelt</translation>
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
        <translation>%1 (Out-of-Band-Verwaltung)</translation>
    </message>
    <message>
        <source>(no device is bound to it)</source>
        <translation>(kein Gerät ist daran gebunden)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Port or team</source>
        <translation>Port oder Team</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Changes since revision %1</source>
        <translation>Änderungen seit Revision %1</translation>
    </message>
    <message>
        <source>From %1 (revision %2, %3)</source>
        <translation>Von %1 (Revision %2, %3)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich änderte</translation>
    </message>
    <message>
        <source>Findings that appear</source>
        <translation>Befunde, die auftauchen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Findings that disappear</source>
        <translation>Befunde, die verschwinden</translation>
    </message>
    <message>
        <source>Findings accepted or no longer accepted</source>
        <translation>Befunde akzeptiert oder nicht mehr akzeptiert</translation>
    </message>
</context>
<context>
    <name>SafeWrite</name>
    <message>
        <source>No space left on device</source>
        <translation>Kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot save the settings to %1: the disk may be full or the folder read-only; the previous settings are kept</source>
        <translation>die Einstellungen können nicht in %1 gespeichert werden: der Datenträger ist vielleicht voll oder der Ordner schreibgeschützt; die bisherigen Einstellungen bleiben erhalten</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; die Datei ist unverändert</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was written</source>
        <translation>%1 kann nicht geschrieben werden: %2; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>SwitchConfig</name>
    <message>
        <source># Switch plan of stack %1 (%2)</source>
        <translation># Switch-Plan von Stack %1 (%2)</translation>
    </message>
    <message>
        <source># Switch plan of %1 (%2)</source>
        <translation># Switch-Plan von %1 (%2)</translation>
    </message>
    <message>
        <source>No configuration dialect is written for this model: configure it from this plan.</source>
        <translation>Für dieses Modell wird kein Konfigurationsdialekt geschrieben: konfigurieren Sie es nach diesem Plan.</translation>
    </message>
    <message>
        <source>- unit %1: %2</source>
        <translation>- Einheit %1: %2</translation>
    </message>
    <message>
        <source>**Problem:** %1</source>
        <translation>**Problem:** %1</translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation>VLANs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Port-channels</source>
        <translation>Port-Channels</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
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
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>channel member</source>
        <translation>Channel-Mitglied</translation>
    </message>
    <message>
        <source>stacking</source>
        <translation>Stacking</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>Out-of-Band</translation>
    </message>
    <message>
        <source>! Switch configuration of stack %1 (%2)</source>
        <translation>! Switch-Konfiguration von Stack %1 (%2)</translation>
    </message>
    <message>
        <source>! Switch configuration of %1 (%2)</source>
        <translation>! Switch-Konfiguration von %1 (%2)</translation>
    </message>
    <message>
        <source>! unit %1: %2</source>
        <translation>! Einheit %1: %2</translation>
    </message>
    <message>
        <source>! PROBLEM: %1</source>
        <translation>! PROBLEM: %1</translation>
    </message>
    <message>
        <source>port %1 of %2 is not named as the %3 names its ports: it is not configured</source>
        <translation>Port %1 von %2 ist nicht so benannt, wie der %3 seine Ports benennt: er wird nicht konfiguriert</translation>
    </message>
    <message>
        <source>the %1 does not stack: its stacking links are not configured</source>
        <translation>der %1 ist nicht stapelbar: seine Stacking-Verbindungen werden nicht konfiguriert</translation>
    </message>
    <message>
        <source>! out-of-band port %1: %2</source>
        <translation>! Out-of-Band-Port %1: %2</translation>
    </message>
    <message>
        <source>&lt;an address of %1&gt;</source>
        <translation>&lt;eine Adresse aus %1&gt;</translation>
    </message>
    <message>
        <source>%1 is in stack %2 but is a %3, not a %4: it is configured on its own</source>
        <translation>%1 ist in Stack %2, aber ein %3, kein %4: er wird einzeln konfiguriert</translation>
    </message>
    <message>
        <source>%1 is in stack %2, but the %3 does not stack: it is configured on its own</source>
        <translation>%1 ist in Stack %2, aber der %3 ist nicht stapelbar: er wird einzeln konfiguriert</translation>
    </message>
    <message>
        <source>%1 has no device template (model %2): its ports are unknown</source>
        <translation>%1 hat keine Gerätevorlage (Modell %2): seine Ports sind unbekannt</translation>
    </message>
    <message>
        <source>the members of port-channel %1 carry different networks; %2 is set as the channel&apos;s first member</source>
        <translation>die Mitglieder von Port-Channel %1 tragen verschiedene Netzwerke; %2 ist wie das erste Mitglied des Channels eingestellt</translation>
    </message>
    <message>
        <source>%1 port-channels, but the %2 takes %3: the channels above %3 are configured all the same and will be refused</source>
        <translation>%1 Port-Channels, aber der %2 nimmt %3: die Channels über %3 werden trotzdem konfiguriert und werden abgelehnt</translation>
    </message>
    <message>
        <source>%1 VLANs, but the %2 takes %3: VLANs above the first %3 are not configured</source>
        <translation>%1 VLANs, aber der %2 nimmt %3: VLANs nach den ersten %3 werden nicht konfiguriert</translation>
    </message>
    <message>
        <source>team %1 (%2) is cabled to %3, which are not one stack: a port-channel cannot span them, so its ports here are configured without one</source>
        <translation>Team %1 (%2) ist mit %3 verkabelt, die kein Stack sind: ein Port-Channel kann sie nicht überspannen, daher werden seine Ports hier ohne einen konfiguriert</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>network %1 has VLAN %2, but the %3 takes VLAN ids up to %4: it is not configured</source>
        <translation>Netzwerk %1 hat VLAN %2, aber der %3 nimmt VLAN-IDs bis %4: es wird nicht konfiguriert</translation>
    </message>
    <message>
        <source>%1 of %2 carries %3 untagged, but a port has one untagged VLAN: none of them is configured</source>
        <translation>%1 von %2 trägt %3 untagged, aber ein Port hat ein untagged VLAN: keines davon wird konfiguriert</translation>
    </message>
    <message>
        <source>unit %1, </source>
        <translation>Einheit %1, </translation>
    </message>
    <message>
        <source>cable %1 to %2 %3</source>
        <translation>Kabel %1 zu %2 %3</translation>
    </message>
    <message>
        <source>: its management network is not given (networks: on the link)</source>
        <translation>: sein Management-Netzwerk ist nicht angegeben (networks: an der Verbindung)</translation>
    </message>
    <message>
        <source> reaches %1</source>
        <translation> erreicht %1</translation>
    </message>
</context>
<context>
    <name>SwitchConfigText</name>
    <message>
        <source>From design &quot;%1&quot;</source>
        <translation>Aus Design &quot;%1&quot;</translation>
    </message>
    <message>
        <source>, revision %1</source>
        <translation>, Revision %1</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>the file changed while it was read: it no longer describes model &apos;%1&apos;; scan the templates again</source>
        <translation>die Datei hat sich beim Lesen geändert: sie beschreibt Modell &apos;%1&apos; nicht mehr; durchsuchen Sie die Vorlagen erneut</translation>
    </message>
</context>
<context>
    <name>TemplateReader</name>
    <message>
        <source>interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>device template</source>
        <translation>Gerätevorlage</translation>
    </message>
    <message>
        <source>duplicate interface name &apos;%1&apos;</source>
        <translation>doppelter Schnittstellenname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>template id &apos;%1&apos; must use only a-z, 0-9 and &apos;-&apos;</source>
        <translation>Vorlagen-ID &apos;%1&apos; darf nur a-z, 0-9 und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not one of switch, server, storage, router, firewall, other</source>
        <translation>Art &apos;%1&apos; ist keine von switch, server, storage, router, firewall, other</translation>
    </message>
</context>
<context>
    <name>TemplatesCommand</name>
    <message>
        <source>List the device and design templates on the search path, where each was found and which files it shadows.</source>
        <translation>Die Geräte- und Entwurfsvorlagen im Suchpfad auflisten, wo jede gefunden wurde und welche Dateien sie verdeckt.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>Device templates:</source>
        <translation>Gerätevorlagen:</translation>
    </message>
    <message>
        <source>shadows %1</source>
        <translation>verdeckt %1</translation>
    </message>
    <message>
        <source>Design templates:</source>
        <translation>Entwurfsvorlagen:</translation>
    </message>
</context>
<context>
    <name>YamlAccess</name>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML-Syntax: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a single value</source>
        <translation>&apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values</source>
        <translation>%1 muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>a key must be a plain word</source>
        <translation>ein Schlüssel muss ein einfaches Wort sein</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 is missing required key &apos;%2&apos;</source>
        <translation>%1 fehlt der Pflichtschlüssel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number from %2 to %3</source>
        <translation>&apos;%1&apos; muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be an integer from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>each item of &apos;%1&apos; must be a single value</source>
        <translation>jedes Element von &apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (kept, but not used)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2 (behalten, aber nicht verwendet)</translation>
    </message>
</context>
<context>
    <name>YamlGuard</name>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>more than %1 nodes once aliases are expanded</source>
        <translation>mehr als %1 Knoten nach dem Auflösen der Aliase</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation>Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>a design file holds one YAML document</source>
        <translation>eine Entwurfsdatei enthält ein YAML-Dokument</translation>
    </message>
    <message>
        <source>cannot read file: no such file</source>
        <translation>Datei kann nicht gelesen werden: sie existiert nicht</translation>
    </message>
    <message>
        <source>cannot read file: permission denied</source>
        <translation>Datei kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot read file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read file: it is %1, not a regular file</source>
        <translation>Datei kann nicht gelesen werden: es ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>more than %1 YAML nodes (keys, values and list items)</source>
        <translation>mehr als %1 YAML-Knoten (Schlüssel, Werte und Listeneinträge)</translation>
    </message>
    <message>
        <source>an alias refers to the node that holds it</source>
        <translation>ein Alias verweist auf den Knoten, der ihn enthält</translation>
    </message>
    <message>
        <source>YAML syntax: %1</source>
        <translation>YAML-Syntax: %1</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed in a YAML file</source>
        <translation>Steuerzeichen U+%1 ist in einer YAML-Datei nicht erlaubt</translation>
    </message>
    <message>
        <source>the quoted value that starts here is never closed</source>
        <translation>der hier beginnende Wert in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>cn::AcceptRiskDialog</name>
    <message>
        <source>Accept Risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>The finding stays listed, marked accepted, on screen, on paper and in &apos;clusternet check&apos;; an accepted error no longer fails the check. When the finding no longer occurs, the acceptance is reported as stale.</source>
        <translation>Der Befund bleibt aufgeführt, als akzeptiert markiert, am Bildschirm, auf Papier und in &apos;clusternet check&apos;; ein akzeptierter Fehler lässt die Prüfung nicht mehr scheitern. Tritt der Befund nicht mehr auf, wird die Akzeptanz als veraltet gemeldet.</translation>
    </message>
    <message>
        <source>Why this risk is intended, as the network team will read it</source>
        <translation>Warum dieses Risiko beabsichtigt ist, so wie das Netzwerkteam es lesen wird</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Accepted &amp;by:</source>
        <translation>Akzeptiert &amp;von:</translation>
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
        <translation>Inventare öffnen…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9636;&lt;/span&gt; built differently from the design (dashed frame on the canvas; cables shaded)</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&amp;#9636;&lt;/span&gt; anders gebaut als entworfen (gestrichelter Rahmen auf der Zeichenfläche; Kabel schattiert)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>What was built</source>
        <translation>Was gebaut wurde</translation>
    </message>
    <message>
        <source>No inventory laid over the design. Collect one on each host with Help ▸ Collect Host Inventory…, then open the files here.</source>
        <translation>Kein Inventar über den Entwurf gelegt. Sammeln Sie eines auf jedem Host mit Hilfe ▸ Host-Inventar sammeln…, und öffnen Sie die Dateien dann hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from %1</source>
        <translation>
            <numerusform>%n Abweichung von %1</numerusform>
            <numerusform>%n Abweichungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>cn::DesignDocument</name>
    <message>
        <source>Untitled cluster design</source>
        <translation>Unbenannter Clusterentwurf</translation>
    </message>
    <message>
        <source>recovered design</source>
        <translation>wiederhergestellter Entwurf</translation>
    </message>
</context>
<context>
    <name>cn::DeviceChooser</name>
    <message>
        <source>Insert a switch</source>
        <translation>Einen Switch einfügen</translation>
    </message>
    <message>
        <source>Insert a device</source>
        <translation>Ein Gerät einfügen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>cn::DiagramScene</name>
    <message>
        <source>Failure mode: click a switch, a NIC card or a cable to fail it</source>
        <translation>Ausfallmodus: klicken Sie auf einen Switch, eine Netzwerkkarte oder ein Kabel, um es ausfallen zu lassen</translation>
    </message>
    <message>
        <source>No link drawn: release the mouse on a free port</source>
        <translation>Keine Verbindung gezeichnet: lassen Sie die Maus auf einem freien Port los</translation>
    </message>
    <message>
        <source>No link drawn: both ends are on %1</source>
        <translation>Keine Verbindung gezeichnet: beide Enden liegen auf %1</translation>
    </message>
    <message>
        <source>No link drawn: port %1 is already used by link %2</source>
        <translation>Keine Verbindung gezeichnet: Port %1 wird schon von Verbindung %2 benutzt</translation>
    </message>
    <message>
        <source>No link drawn: port %1 cannot be cabled</source>
        <translation>Keine Verbindung gezeichnet: Port %1 lässt sich nicht verkabeln</translation>
    </message>
    <message>
        <source>Add link %1</source>
        <translation>Verbindung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>Verbindung %1 hinzugefügt</translation>
    </message>
    <message>
        <source>No link drawn: %1</source>
        <translation>Keine Verbindung gezeichnet: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n devices</source>
        <translation>
            <numerusform>%n Gerät verschieben</numerusform>
            <numerusform>%n Geräte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Drop a network on a port, or on a member port of a team</source>
        <translation>Legen Sie ein Netzwerk auf einem Port ab, oder auf einem Mitgliedsport eines Teams</translation>
    </message>
    <message>
        <source>Bind %1 to %2</source>
        <translation>%1 an %2 binden</translation>
    </message>
    <message>
        <source>%1 now carries %2</source>
        <translation>%1 trägt jetzt %2</translation>
    </message>
    <message>
        <source>Not bound: %1</source>
        <translation>Nicht gebunden: %1</translation>
    </message>
    <message>
        <source>Nudge %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n devices</source>
        <translation>
            <numerusform>%n Gerät verschieben</numerusform>
            <numerusform>%n Geräte verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n devices</source>
        <translation>
            <numerusform>%n Gerät ausrichten</numerusform>
            <numerusform>%n Geräte ausrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n devices</source>
        <translation>
            <numerusform>%n Gerät verteilen</numerusform>
            <numerusform>%n Geräte verteilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 anheften</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
</context>
<context>
    <name>cn::ExportDialog</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PDF (vector, all pages)</source>
        <translation>PDF (Vektor, alle Seiten)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>columns ×</source>
        <translation>Spalten ×</translation>
    </message>
    <message>
        <source>rows (1 × 1: fit to one page)</source>
        <translation>Zeilen (1 × 1: auf eine Seite einpassen)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG-Auflösung</translation>
    </message>
    <message>
        <source>Add findings, bill of materials and cable schedule</source>
        <translation>Befunde, Stückliste und Kabelplan hinzufügen</translation>
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
        <translation>Alles reparieren</translation>
    </message>
    <message>
        <source>Turn on failure mode (Design menu) and click a switch, a NIC card or a cable to fail it.</source>
        <translation>Schalten Sie den Ausfallmodus ein (Menü Entwurf) und klicken Sie auf einen Switch, eine Netzwerkkarte oder ein Kabel, um es ausfallen zu lassen.</translation>
    </message>
    <message>
        <source>Failure mode is on: click a switch, a NIC card or a cable to fail it; click again to repair.</source>
        <translation>Ausfallmodus ist an: klicken Sie auf einen Switch, eine Netzwerkkarte oder ein Kabel, um es ausfallen zu lassen; erneut klicken repariert es.</translation>
    </message>
    <message>
        <source>no path</source>
        <translation>kein Pfad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Failed: %1. Nothing is cut: every pair keeps its roles, and no host loses bandwidth.</source>
        <translation>Ausgefallen: %1. Nichts ist getrennt: jedes Paar behält seine Rollen, und kein Host verliert Bandbreite.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) cut</source>
        <translation>
            <numerusform>%n Paar getrennt</numerusform>
            <numerusform>%n Paare getrennt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s) down</source>
        <translation>
            <numerusform>%n Netzwerk ausgefallen</numerusform>
            <numerusform>%n Netzwerke ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>bandwidth lost</source>
        <translation>Bandbreite verloren</translation>
    </message>
    <message>
        <source>estimates change</source>
        <translation>Schätzungen ändern sich</translation>
    </message>
    <message>
        <source>Failed: %1. %2.</source>
        <translation>Ausgefallen: %1. %2.</translation>
    </message>
    <message>
        <source>Roles lost</source>
        <translation>Verlorene Rollen</translation>
    </message>
    <message>
        <source>outside clusters</source>
        <translation>außerhalb von Clustern</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>split: %1 of %2 pairs still joined</source>
        <translation>geteilt: %1 von %2 Paaren noch verbunden</translation>
    </message>
    <message>
        <source>cut off: %1</source>
        <translation>abgetrennt: %1</translation>
    </message>
    <message>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>%1 team %2</source>
        <translation>%1 Team %2</translation>
    </message>
    <message>
        <source>%1 → %2 (−%3)</source>
        <translation>%1 → %2 (−%3)</translation>
    </message>
    <message numerus="yes">
        <source>Live migration (host drain): %n host(s) slower</source>
        <translation>
            <numerusform>Live-Migration (Host räumen): %n Host langsamer</numerusform>
            <numerusform>Live-Migration (Host räumen): %n Hosts langsamer</numerusform>
        </translation>
    </message>
    <message>
        <source>Live migration (host drain): unchanged</source>
        <translation>Live-Migration (Host räumen): unverändert</translation>
    </message>
    <message>
        <source>%1 at %2 Gb/s, unchanged</source>
        <translation>%1 bei %2 Gb/s, unverändert</translation>
    </message>
    <message>
        <source>%1 at %2 Gb/s → %3 at %4 Gb/s%5</source>
        <translation>%1 bei %2 Gb/s → %3 bei %4 Gb/s%5</translation>
    </message>
    <message>
        <source> (over the %1 s limit)</source>
        <translation> (über der Grenze von %1 s)</translation>
    </message>
    <message numerus="yes">
        <source>Failover capacity: %n network(s) with less room</source>
        <translation>
            <numerusform>Failover-Kapazität: %n Netzwerk mit weniger Reserve</numerusform>
            <numerusform>Failover-Kapazität: %n Netzwerke mit weniger Reserve</numerusform>
        </translation>
    </message>
    <message>
        <source>Failover capacity: unchanged</source>
        <translation>Failover-Kapazität: unverändert</translation>
    </message>
    <message>
        <source>room %1 Gb/s, unchanged</source>
        <translation>Reserve %1 Gb/s, unverändert</translation>
    </message>
    <message>
        <source>room %1 → %2 Gb/s%3</source>
        <translation>Reserve %1 → %2 Gb/s%3</translation>
    </message>
    <message>
        <source> (short of room)</source>
        <translation> (zu wenig Reserve)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Pairs cut</source>
        <translation>Getrennte Paare</translation>
    </message>
</context>
<context>
    <name>cn::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>device, port, network or cable: id or name</source>
        <translation>Gerät, Port, Netzwerk oder Kabel: ID oder Name</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>(VLAN %1)</source>
        <translation>(VLAN %1)</translation>
    </message>
    <message>
        <source>cable %1</source>
        <translation>Kabel %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es), the first shown</source>
        <translation>
            <numerusform>%n Treffer, der erste gezeigt</numerusform>
            <numerusform>%n Treffer, der erste gezeigt</numerusform>
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
        <translation>Befund</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Info</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Risk…</source>
        <translation>Risiko akzeptieren…</translation>
    </message>
    <message>
        <source>Accept the selected finding as an intended risk, with a reason and a name</source>
        <translation>Den gewählten Befund als beabsichtigtes Risiko akzeptieren, mit Begründung und Namen</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Akzeptanz zurückziehen</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>Akzeptiert von %1: %2</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (akzeptiert)</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n akzeptiert</numerusform>
            <numerusform>%n akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Stale Acceptance</source>
        <translation>Veraltete Akzeptanz entfernen</translation>
    </message>
    <message>
        <source>Accept risk %1</source>
        <translation>Risiko %1 akzeptieren</translation>
    </message>
    <message>
        <source>Withdraw acceptance</source>
        <translation>Akzeptanz zurückziehen</translation>
    </message>
</context>
<context>
    <name>cn::InventoryOverlay</name>
    <message>
        <source>No inventory (.json) among the files</source>
        <translation>Kein Inventar (.json) unter den Dateien</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Compare with Inventory</source>
        <translation>Mit Inventar vergleichen</translation>
    </message>
    <message>
        <source>Host inventories and switch LLDP tables (*.json *.txt);;All files (*)</source>
        <translation>Host-Inventare und LLDP-Tabellen von Switches (*.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Inventory not opened</source>
        <translation>Inventar nicht geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) from what was built</source>
        <translation>
            <numerusform>%n Abweichung vom Gebauten</numerusform>
            <numerusform>%n Abweichungen vom Gebauten</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with &amp;Inventory…</source>
        <translation>Mit &amp;Inventar vergleichen…</translation>
    </message>
    <message>
        <source>Clear Inventory Overlay</source>
        <translation>Inventar-Überlagerung entfernen</translation>
    </message>
    <message>
        <source>&amp;Collect Host Inventory…</source>
        <translation>Host-Inventar &amp;sammeln…</translation>
    </message>
    <message>
        <source>Save the Collector Script</source>
        <translation>Das Collector-Skript speichern</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>PowerShell-Skripte (*.ps1)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Collector saved</source>
        <translation>Collector gespeichert</translation>
    </message>
    <message>
        <source>&lt;p&gt;Saved %1.&lt;/p&gt;&lt;p&gt;Run it on each Hyper-V host as an administrator (Windows PowerShell 5.1 or PowerShell 7):&lt;/p&gt;&lt;pre&gt;.\collect-inventory.ps1 -Path HV01.json&lt;/pre&gt;&lt;p&gt;Then Design ▸ Compare with Inventory… lays the files over this design, or &lt;tt&gt;clusternet import&lt;/tt&gt; builds a design from them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 gespeichert.&lt;/p&gt;&lt;p&gt;Führen Sie es auf jedem Hyper-V-Host als Administrator aus (Windows PowerShell 5.1 oder PowerShell 7):&lt;/p&gt;&lt;pre&gt;.\collect-inventory.ps1 -Path HV01.json&lt;/pre&gt;&lt;p&gt;Danach legt Entwurf ▸ Mit Inventar vergleichen… die Dateien über diesen Entwurf, oder &lt;tt&gt;clusternet import&lt;/tt&gt; erstellt daraus einen Entwurf.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cn::MainWindow</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Failure mode</source>
        <translation>Ausfallmodus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>In &amp;Fenster einpassen</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>&amp;Raster anzeigen</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>Am Raster &amp;ausrichten</translation>
    </message>
    <message>
        <source>Port &amp;Labels on Links</source>
        <translation>Port&amp;namen an Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation>S&amp;peicher</translation>
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
        <translation>&amp;Anderes Gerät</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Failure Mode</source>
        <translation>&amp;Ausfallmodus</translation>
    </message>
    <message>
        <source>Failure mode: click a switch, a NIC card or a cable to fail it</source>
        <translation>Ausfallmodus: klicken Sie auf einen Switch, eine Netzwerkkarte oder ein Kabel, um es ausfallen zu lassen</translation>
    </message>
    <message>
        <source>&amp;Rescan Templates</source>
        <translation>Vorlagen neu &amp;einlesen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About clusternet</source>
        <translation>&amp;Über clusternet</translation>
    </message>
    <message>
        <source>About clusternet</source>
        <translation>Über clusternet</translation>
    </message>
    <message>
        <source>&lt;b&gt;clusternet %1&lt;/b&gt;&lt;p&gt;Designs the networks of failover clusters and checks them for single points of failure and traffic-role isolation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;clusternet %1&lt;/b&gt;&lt;p&gt;Entwirft die Netzwerke von Failover-Clustern und prüft sie auf Single Points of Failure und die Trennung der Verkehrsrollen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Info</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The design has unsaved changes. Save them first?</source>
        <translation>Der Entwurf hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Cluster designs (*.cluster.yaml *.yaml *.yml);;All files (*)</source>
        <translation>Clusterentwürfe (*.cluster.yaml *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The design could not be loaded:

%1</source>
        <translation>Der Entwurf konnte nicht geladen werden:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot save design</source>
        <translation>Entwurf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Cluster designs (*.cluster.yaml)</source>
        <translation>Clusterentwürfe (*.cluster.yaml)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n device(s)</source>
        <translation>
            <numerusform>%n Gerät kopiert</numerusform>
            <numerusform>%n Geräte kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message numerus="yes">
        <source>%n device template(s) and %1 design template(s) found</source>
        <translation>
            <numerusform>%n Gerätevorlage und %1 Entwurfsvorlage(n) gefunden</numerusform>
            <numerusform>%n Gerätevorlagen und %1 Entwurfsvorlage(n) gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot use template</source>
        <translation>Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>New design from template %1: save it under a name of its own</source>
        <translation>Neuer Entwurf aus Vorlage %1: speichern Sie ihn unter einem eigenen Namen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies when clusternet starts again.</source>
        <translation>Die neue Sprache gilt, sobald clusternet neu startet.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>an unsaved design</source>
        <translation>einem ungespeicherten Entwurf</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot save settings</source>
        <translation>Einstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Automatisches Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>The recovery copy of your unsaved changes could not be written:

%1

Save the design to keep your work.</source>
        <translation>Die Wiederherstellungskopie Ihrer ungespeicherten Änderungen konnte nicht geschrieben werden:

%1

Speichern Sie den Entwurf, um Ihre Arbeit zu behalten.</translation>
    </message>
    <message>
        <source>clusternet was not closed properly. A copy of %1 with unsaved changes was kept (%2).</source>
        <translation>clusternet wurde nicht ordnungsgemäß beendet. Eine Kopie von %1 mit ungespeicherten Änderungen wurde aufbewahrt (%2).</translation>
    </message>
    <message>
        <source>Last time, clusternet stopped while recovering this copy. You can open without recovery and keep the copy for later.</source>
        <translation>Beim letzten Mal wurde clusternet beim Wiederherstellen dieser Kopie beendet. Sie können ohne Wiederherstellung öffnen und die Kopie für später aufbewahren.</translation>
    </message>
    <message>
        <source>Recover it? Open without recovery keeps the copy for later.</source>
        <translation>Wiederherstellen? Öffnen ohne Wiederherstellung bewahrt die Kopie für später auf.</translation>
    </message>
    <message>
        <source>Recover in a New Window</source>
        <translation>In einem neuen Fenster wiederherstellen</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Open without Recovery</source>
        <translation>Ohne Wiederherstellung öffnen</translation>
    </message>
    <message>
        <source>Discard Copy</source>
        <translation>Kopie verwerfen</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes of %1: save to keep them</source>
        <translation>Die ungespeicherten Änderungen von %1 wurden wiederhergestellt: speichern Sie, um sie zu behalten</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n cable(s) to the same devices</source>
        <translation>
            <numerusform>%1 mit %n Kabel zu denselben Geräten</numerusform>
            <numerusform>%1 mit %n Kabeln zu denselben Geräten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cable(s) not copied (no such device or no free port of the kind): %1</source>
        <translation>
            <numerusform>%n Kabel nicht kopiert (kein solches Gerät oder kein freier Port dieser Art): %1</numerusform>
            <numerusform>%n Kabel nicht kopiert (kein solches Gerät oder kein freier Port dieser Art): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>&amp;Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>An&amp;heften</translation>
    </message>
    <message>
        <source>Arrange automatically leaves pinned devices where they are</source>
        <translation>Automatisch anordnen lässt angeheftete Geräte, wo sie sind</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Arrange &amp;Automatically</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <source>Arrow keys nudge the selection; Shift+arrow a grid step</source>
        <translation>Pfeiltasten verschieben die Auswahl; Umschalt+Pfeil um einen Rasterschritt</translation>
    </message>
    <message>
        <source>Show &amp;Only</source>
        <translation>&amp;Nur zeigen</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Showing only %1 — show everything ✕</source>
        <translation>Nur %1 gezeigt — alles zeigen ✕</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source> (VLAN %1)</source>
        <translation> (VLAN %1)</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Show Only Network</source>
        <translation>Nur Netzwerk zeigen</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Go to the Other End (%1)</source>
        <translation>Zum anderen Ende (%1)</translation>
    </message>
    <message>
        <source>Select the Cable</source>
        <translation>Das Kabel auswählen</translation>
    </message>
    <message>
        <source>Remove the Cable</source>
        <translation>Das Kabel entfernen</translation>
    </message>
    <message>
        <source>Remove cable %1</source>
        <translation>Kabel %1 entfernen</translation>
    </message>
    <message>
        <source>Connect To</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Add link %1</source>
        <translation>Verbindung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Link %1 added</source>
        <translation>Verbindung %1 hinzugefügt</translation>
    </message>
    <message>
        <source>No link drawn: %1</source>
        <translation>Keine Verbindung gezogen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n devices</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message>
        <source>Select Its Cables (%1)</source>
        <translation>Seine Kabel auswählen (%1)</translation>
    </message>
    <message>
        <source>Fail or Restore %1</source>
        <translation>%1 ausfallen lassen oder wiederherstellen</translation>
    </message>
    <message>
        <source>Cable %1</source>
        <translation>Kabel %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>Fail or Restore This Cable</source>
        <translation>Dieses Kabel ausfallen lassen oder wiederherstellen</translation>
    </message>
    <message>
        <source>Add Here</source>
        <translation>Hier hinzufügen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
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
        <translation>Anderes Gerät</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Arrange Automatically</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
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
            <numerusform>%n akzeptiert</numerusform>
            <numerusform>%n akzeptiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::NetworksPanel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Cluster use</source>
        <translation>Clusternutzung</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Trennung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Add network</source>
        <translation>Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add network %1</source>
        <translation>Netzwerk %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove network %1</source>
        <translation>Netzwerk %1 entfernen</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>there is already a network &apos;%1&apos;</source>
        <translation>es gibt schon ein Netzwerk &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit network %1</source>
        <translation>Netzwerk %1 bearbeiten</translation>
    </message>
    <message>
        <source>management</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>VM traffic</source>
        <translation>VM-Verkehr</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>live migration</source>
        <translation>Live-Migration</translation>
    </message>
    <message>
        <source>iSCSI (host)</source>
        <translation>iSCSI (Host)</translation>
    </message>
    <message>
        <source>iSCSI (guest)</source>
        <translation>iSCSI (Gast)</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>out-of-band</source>
        <translation>Out-of-Band</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Drag a network onto a port or a team on the canvas to bind it there.</source>
        <translation>Ziehen Sie ein Netzwerk auf einen Port oder ein Team auf der Zeichenfläche, um es dort zu binden.</translation>
    </message>
    <message>
        <source>1 to 4094, or empty</source>
        <translation>1 bis 4094, oder leer</translation>
    </message>
    <message>
        <source>e.g. 10.0.10.0/24</source>
        <translation>z. B. 10.0.10.0/24</translation>
    </message>
    <message>
        <source>from the roles</source>
        <translation>aus den Rollen</translation>
    </message>
    <message>
        <source>VLAN (default)</source>
        <translation>VLAN (Standard)</translation>
    </message>
    <message>
        <source>own switches (physical)</source>
        <translation>eigene Switches (physisch)</translation>
    </message>
    <message>
        <source>Load (Gb/s)</source>
        <translation>Last (Gb/s)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Choose a network above, or add one.</source>
        <translation>Wählen Sie oben ein Netzwerk, oder fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <source>New network</source>
        <translation>Neues Netzwerk</translation>
    </message>
    <message>
        <source>(not in the design until it has a role)</source>
        <translation>(nicht im Entwurf, bis es eine Rolle hat)</translation>
    </message>
    <message>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>from the first role</source>
        <translation>aus der ersten Rolle</translation>
    </message>
    <message>
        <source>No role yet: choose at least one.</source>
        <translation>Noch keine Rolle: wählen Sie mindestens eine.</translation>
    </message>
    <message>
        <source>automatic (%1)</source>
        <translation>automatisch (%1)</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>A network keeps at least one role: choose another first.</source>
        <translation>Ein Netzwerk behält mindestens eine Rolle: wählen Sie zuerst eine andere.</translation>
    </message>
    <message>
        <source>%1 role %2 of %3</source>
        <translation>%1 Rolle %2 von %3</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Colour of network %1</source>
        <translation>Farbe von Netzwerk %1</translation>
    </message>
</context>
<context>
    <name>cn::Overview</name>
    <message>
        <source>The whole design; click or drag to show that part</source>
        <translation>Der ganze Entwurf; klicken oder ziehen, um diesen Teil zu zeigen</translation>
    </message>
</context>
<context>
    <name>cn::PropertiesPanel</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>VM%1</source>
        <translation>VM%1</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>Schriftfeld</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Longest live migration (s)</source>
        <translation>Längste Livemigration (s)</translation>
    </message>
    <message>
        <source>60 (default)</source>
        <translation>60 (Standard)</translation>
    </message>
    <message>
        <source>Longest host drain (s)</source>
        <translation>Längstes Leeren eines Hosts (s)</translation>
    </message>
    <message>
        <source>600 (default)</source>
        <translation>600 (Standard)</translation>
    </message>
    <message>
        <source>Apply notes</source>
        <translation>Notizen übernehmen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>Position (x, y)</source>
        <translation>Position (x, y)</translation>
    </message>
    <message>
        <source>Adapters (NIC cards)</source>
        <translation>Adapter (Netzwerkkarten)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
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
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VMs</translation>
    </message>
    <message>
        <source>(named by its ends)</source>
        <translation>(nach den Enden benannt)</translation>
    </message>
    <message>
        <source>End A</source>
        <translation>Ende A</translation>
    </message>
    <message>
        <source>End B</source>
        <translation>Ende B</translation>
    </message>
    <message>
        <source>the slower end</source>
        <translation>das langsamere Ende</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>a limit must be a number of seconds, or empty for the default</source>
        <translation>eine Grenze ist eine Zahl in Sekunden oder leer für den Standard</translation>
    </message>
    <message>
        <source>the design needs a title</source>
        <translation>der Entwurf braucht einen Titel</translation>
    </message>
    <message>
        <source>Edit title block and policy</source>
        <translation>Schriftfeld und Richtlinie bearbeiten</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>there is already a device &apos;%1&apos;</source>
        <translation>es gibt schon ein Gerät &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>memory must be a number of GB</source>
        <translation>Speicher ist eine Zahl in GB</translation>
    </message>
    <message>
        <source>stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <source>position is two numbers: x, y</source>
        <translation>Position sind zwei Zahlen: x, y</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>Adapter</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>a VM needs a name and its memory in GB</source>
        <translation>eine VM braucht einen Namen und ihren Speicher in GB</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verbindungs</translation>
    </message>
    <message>
        <source>there is already a link &apos;%1&apos;</source>
        <translation>es gibt schon eine Verbindung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit link %1</source>
        <translation>Verbindung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Team entfernen</translation>
    </message>
    <message>
        <source>switch independent</source>
        <translation>switch-unabhängig</translation>
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
        <translation>Haken Sie die Ports an, die das Team bilden: jede Karte, jede Geschwindigkeit.</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Team anlegen</translation>
    </message>
    <message>
        <source>Networks on</source>
        <translation>Netzwerke auf</translation>
    </message>
    <message>
        <source>Tick the networks this port or team carries. You can also drag a network from the Networks panel onto a port on the canvas.</source>
        <translation>Haken Sie die Netzwerke an, die dieser Port oder dieses Team trägt. Sie können auch ein Netzwerk aus dem Bereich Netzwerke auf einen Port der Zeichenfläche ziehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Neues Team…</translation>
    </message>
    <message>
        <source>not cabled</source>
        <translation>nicht verkabelt</translation>
    </message>
    <message>
        <source>(in %1)</source>
        <translation>(in %1)</translation>
    </message>
    <message>
        <source>Ticking a port adds it to %1 at once.</source>
        <translation>Ein angehakter Port kommt sofort zu %1.</translation>
    </message>
    <message>
        <source>Tick the member ports, then create the team.</source>
        <translation>Haken Sie die Mitgliedsports an und legen Sie dann das Team an.</translation>
    </message>
    <message>
        <source>no network</source>
        <translation>kein Netzwerk</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>(no networks yet: add them in the Networks panel)</source>
        <translation>(noch keine Netzwerke: fügen Sie sie im Bereich Netzwerke hinzu)</translation>
    </message>
    <message>
        <source>A team keeps one member at least: remove the team instead.</source>
        <translation>Ein Team behält mindestens ein Mitglied: entfernen Sie stattdessen das Team.</translation>
    </message>
    <message>
        <source>Add %1 to team %2</source>
        <translation>%1 zu Team %2 hinzufügen</translation>
    </message>
    <message>
        <source>Take %1 out of team %2</source>
        <translation>%1 aus Team %2 nehmen</translation>
    </message>
    <message>
        <source>%1 already has a team or card &apos;%2&apos;</source>
        <translation>%1 hat bereits ein Team oder eine Karte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Team %1 bearbeiten</translation>
    </message>
    <message>
        <source>Create team %1</source>
        <translation>Team %1 anlegen</translation>
    </message>
    <message>
        <source>Remove team %1</source>
        <translation>Team %1 entfernen</translation>
    </message>
    <message>
        <source>Networks on %1:%2</source>
        <translation>Netzwerke auf %1:%2</translation>
    </message>
    <message>
        <source>Carries what the ends&apos; bindings carry</source>
        <translation>Trägt, was die Bindungen der Enden tragen</translation>
    </message>
    <message>
        <source>The networks this cable carries, when not from the bindings (a switch&apos;s out-of-band port, an uplink).</source>
        <translation>Die Netzwerke, die dieses Kabel trägt, wenn nicht aus den Bindungen (der Out-of-Band-Port eines Switches, ein Uplink).</translation>
    </message>
    <message numerus="yes">
        <source>%n devices selected</source>
        <translation>
            <numerusform>%n Gerät ausgewählt</numerusform>
            <numerusform>%n Geräte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>A value entered here is given to all of them.</source>
        <translation>Ein hier eingegebener Wert gilt für alle.</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>(mehrere Werte)</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n devices</source>
        <translation>
            <numerusform>%1 von %n Gerät setzen</numerusform>
            <numerusform>%1 von %n Geräten setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Template folders</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>Folders searched for device templates (under devices/) and design templates (under designs/), after the folder of the open design and before your own folder and the built-in templates. The first match wins.</source>
        <translation>Ordner, in denen nach Gerätevorlagen (unter devices/) und Entwurfsvorlagen (unter designs/) gesucht wird, nach dem Ordner des geöffneten Entwurfs und vor Ihrem eigenen Ordner und den eingebauten Vorlagen. Der erste Treffer gilt.</translation>
    </message>
    <message>
        <source>From CLUSTERNET_TEMPLATE_PATH (searched first): %1</source>
        <translation>Aus CLUSTERNET_TEMPLATE_PATH (zuerst durchsucht): %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Your own folder: %1</source>
        <translation>Ihr eigener Ordner: %1</translation>
    </message>
    <message>
        <source>Add template folder</source>
        <translation>Vorlagenordner hinzufügen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Sprache (nach Neustart)</translation>
    </message>
</context>
<context>
    <name>cn::SwitchConfigDialog</name>
    <message>
        <source>Switch Configuration</source>
        <translation>Switch-Konfiguration</translation>
    </message>
    <message>
        <source>Switch or stack:</source>
        <translation>Switch oder Stack:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>stack %1 (%2): %3</source>
        <translation>Stack %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The design has no switch.</source>
        <translation>Das Design hat keinen Switch.</translation>
    </message>
    <message>
        <source>Left out of this configuration: %1</source>
        <translation>In dieser Konfiguration ausgelassen: %1</translation>
    </message>
    <message>
        <source>Switch configuration (*.cfg *.txt);;All files (*)</source>
        <translation>Switch-Konfiguration (*.cfg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Markdown (*.md);;CSV (*.csv);;All files (*)</source>
        <translation>Markdown (*.md);;CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Switch Configuration</source>
        <translation>Switch-Konfiguration speichern</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Switch &amp;Configuration…</source>
        <translation>Switch-&amp;Konfiguration…</translation>
    </message>
</context>
<context>
    <name>cn::TemplateBrowser</name>
    <message>
        <source>switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>router</source>
        <translation>Router</translation>
    </message>
    <message>
        <source>firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>Kind: %1, %2 U</source>
        <translation>Art: %1, %2 HE</translation>
    </message>
    <message>
        <source>No front ports that take a cable</source>
        <translation>Keine Front-Ports, die ein Kabel aufnehmen</translation>
    </message>
    <message>
        <source>Front ports:</source>
        <translation>Front-Ports:</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>Stapelbar</translation>
    </message>
    <message>
        <source>Out-of-band: %1 (taken for its name: the file does not mark it mgmt_only)</source>
        <translation>Out-of-Band: %1 (wegen seines Namens genommen: die Datei markiert ihn nicht als mgmt_only)</translation>
    </message>
    <message>
        <source>Slug: %1</source>
        <translation>Slug: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Aus: %1</translation>
    </message>
    <message>
        <source>Hides: %1</source>
        <translation>Verdeckt: %1</translation>
    </message>
    <message>
        <source>Search: model, maker, 48x 10G…</source>
        <translation>Suchen: Modell, Hersteller, 48x 10G…</translation>
    </message>
    <message>
        <source>Words match the model, manufacturer, slug and part number; &quot;48x 10G&quot; asks for at least 48 ports of 10G, &quot;25G&quot; for any 25G port</source>
        <translation>Wörter passen auf Modell, Hersteller, Slug und Teilenummer; &quot;48x 10G&quot; verlangt mindestens 48 Ports mit 10G, &quot;25G&quot; irgendeinen 25G-Port</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Switches</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Routers and firewalls</source>
        <translation>Router und Firewalls</translation>
    </message>
    <message>
        <source>Other devices</source>
        <translation>Sonstige Geräte</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Front ports</source>
        <translation>Front-Ports</translation>
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
        <translation>Anderes Gerät</translation>
    </message>
    <message>
        <source>Device kinds (no model)</source>
        <translation>Gerätearten (kein Modell)</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>(no manufacturer)</source>
        <translation>(kein Hersteller)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n Modell</numerusform>
            <numerusform>%n Modelle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cn::TemplateDialog</name>
    <message>
        <source>New from template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Choose a design to start from:</source>
        <translation>Wählen Sie einen Entwurf als Ausgangspunkt:</translation>
    </message>
    <message>
        <source>built into clusternet</source>
        <translation>in clusternet eingebaut</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Aus: %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Template id: %1 — the new design is a copy without this header; save it under a name of its own.</source>
        <translation>Vorlagen-ID: %1 — der neue Entwurf ist eine Kopie ohne diesen Kopf; speichern Sie ihn unter einem eigenen Namen.</translation>
    </message>
</context>
</TS>
