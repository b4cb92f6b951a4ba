<#
.SYNOPSIS
    Collects the network inventory of one Hyper-V host for clusternet (import and audit).

.DESCRIPTION
    Runs on the host itself, in Windows PowerShell 5.1 or PowerShell 7, as an administrator.
    It only reads: nothing on the host changes unless -EnableLldp is given. It writes one JSON
    file (UTF-8) with the host and cluster name, the physical adapters with their PCI place, LBFO teams, Hyper-V switches and SET teams, host vNICs with their VLANs, IP addresses, cluster networks with their roles, and the LLDP neighbours of the physical adapters.

    Run it on every host of the cluster, then on the machine with clusternet:
        clusternet import HV01.json HV02.json ... -o cluster.cluster.yaml
        clusternet audit cluster.cluster.yaml HV01.json HV02.json ...

    LLDP neighbours come from the DataCenterBridging module's Get-FabricInfo where it is
    installed, else from the LLDP frames in the event log
    Microsoft-Windows-LinkLayerDiscoveryProtocol/Diagnostic (event 10041), which Windows keeps
    once the LLDP agent (Enable-NetLldpAgent, feature Data-Center-Bridging) and that log are on.

.PARAMETER Path
    The JSON file to write. Default: COMPUTERNAME.json in the current folder.

.PARAMETER EnableLldp
    First turns on the LLDP agent on the physical adapters and the LLDP diagnostic log, then
    waits 35 seconds for the switches' next frames (they send every 30 seconds). This changes
    the host's configuration; leave it out to only read.

.PARAMETER LldpMinutes
    How old an LLDP frame in the event log may be. Default 60.

.EXAMPLE
    .\collect-inventory.ps1 -Path \\fileserver\share\HV01.json
#>
[CmdletBinding()]
param(
    [string] $Path, [switch] $EnableLldp, [int] $LldpMinutes = 60
)

$ErrorActionPreference = 'Stop'
$problems = New-Object System.Collections.Generic.List[string]

# Runs one part of the collection. A cmdlet this host lacks (no Hyper-V, no cluster, no
# LBFO on Windows Server 2025) gives an empty list and a line in Problems, never a failure.
function Get-Section {
    param([string] $What, [scriptblock] $Block)
    try {
        # The comma keeps a list of one as a list.
        , @(& $Block)
    }
    catch {
        $problems.Add("${What}: $($_.Exception.Message)")
        , @()
    }
}

# An LLDP chassis or port id: a MAC address (chassis subtype 4, port subtype 3), an IPv4
# network address (chassis 5, port 4), or text.
function Format-LldpId {
    param([byte[]] $Value, [int] $MacSubtype, [int] $AddressSubtype)
    if ($Value.Length -lt 2) { return $null }
    $subtype = [int]$Value[0]
    $rest = [byte[]]($Value[1..($Value.Length - 1)])
    if ($subtype -eq $MacSubtype -and $rest.Length -eq 6) {
        return ($rest | ForEach-Object { $_.ToString('X2') }) -join ':'
    }
    if ($subtype -eq $AddressSubtype -and $rest.Length -eq 5 -and $rest[0] -eq 1) {
        return ($rest[1..4] | ForEach-Object { [string]$_ }) -join '.'
    }
    return [System.Text.Encoding]::ASCII.GetString($rest).Trim([char]0).Trim()
}

# The TLVs of one LLDP frame (IEEE 802.1AB): the Ethernet header is 14 bytes, then each TLV
# has 7 bits of type and 9 bits of length.
function ConvertFrom-LldpFrame {
    param([byte[]] $Frame)
    $result = [ordered]@{
        ChassisID       = $null
        PortID          = $null
        PortDescription = $null
        SystemName      = $null
        SystemDesc      = $null
        NativeVLAN      = $null
    }
    $offset = 14
    while ($offset + 2 -le $Frame.Length) {
        $type = $Frame[$offset] -shr 1
        $length = (($Frame[$offset] -band 1) -shl 8) -bor $Frame[$offset + 1]
        $start = $offset + 2
        if ($type -eq 0 -or $start + $length -gt $Frame.Length) { break }
        $value = [byte[]]@()
        if ($length -gt 0) { $value = [byte[]]($Frame[$start..($start + $length - 1)]) }
        switch ($type) {
            1 { $result.ChassisID = Format-LldpId -Value $value -MacSubtype 4 -AddressSubtype 5 }
            2 { $result.PortID = Format-LldpId -Value $value -MacSubtype 3 -AddressSubtype 4 }
            4 { $result.PortDescription = [System.Text.Encoding]::ASCII.GetString($value).Trim([char]0) }
            5 { $result.SystemName = [System.Text.Encoding]::ASCII.GetString($value).Trim([char]0) }
            6 { $result.SystemDesc = [System.Text.Encoding]::ASCII.GetString($value).Trim([char]0) }
            127 {
                # IEEE 802.1 (OUI 00-80-C2) subtype 1: the port VLAN id
                if ($length -ge 6 -and $value[0] -eq 0 -and $value[1] -eq 0x80 -and $value[2] -eq 0xC2 -and $value[3] -eq 1) {
                    $result.NativeVLAN = ([int]$value[4] -shl 8) -bor [int]$value[5]
                }
            }
        }
        $offset = $start + $length
    }
    $result
}

$physical = Get-Section 'Get-NetAdapter -Physical' {
    Get-NetAdapter -Physical |
        Select-Object -Property 'Name', 'InterfaceDescription', 'ifIndex', 'MacAddress', 'LinkSpeed', 'Speed', 'Status', 'MediaConnectionState', 'VlanID', 'DriverDescription'
}
$physicalNames = @($physical | ForEach-Object { $_.Name })

$inventory = [ordered]@{
    Format                  = 'clusternet-inventory/1'
    CollectedAt             = (Get-Date).ToString('s')
    PSVersion               = $PSVersionTable.PSVersion.ToString()
    ComputerName            = $env:COMPUTERNAME
    ClusterName             = $null
    Model                   = $null
    TotalPhysicalMemory     = $null
    NetAdapter              = $physical
    NetAdapterHardwareInfo  = Get-Section 'Get-NetAdapterHardwareInfo' {
        Get-NetAdapterHardwareInfo |
            Where-Object { $physicalNames -contains $_.Name } |
            Select-Object -Property 'Name', 'InterfaceDescription', 'SegmentNumber', 'BusNumber', 'DeviceNumber', 'FunctionNumber', 'SlotNumber', 'LocationInformationString', 'PciDeviceLabelString'
    }
    NetAdapterVirtual       = Get-Section 'Get-NetAdapter' {
        Get-NetAdapter |
            Where-Object { $physicalNames -notcontains $_.Name } |
            Select-Object -Property 'Name', 'InterfaceDescription', 'ifIndex', 'MacAddress', 'Status', 'VlanID'
    }
    NetLbfoTeam             = Get-Section 'Get-NetLbfoTeam' {
        Get-NetLbfoTeam | Select-Object -Property 'Name', 'Members', 'TeamingMode', 'LoadBalancingAlgorithm', 'Status'
    }
    NetLbfoTeamNic          = Get-Section 'Get-NetLbfoTeamNic' {
        Get-NetLbfoTeamNic | Select-Object -Property 'Name', 'Team', 'VlanID', 'Primary', 'Default'
    }
    VMSwitch                = Get-Section 'Get-VMSwitch' {
        Get-VMSwitch |
            Select-Object -Property 'Name', 'SwitchType', 'NetAdapterInterfaceDescription', 'NetAdapterInterfaceDescriptions', 'EmbeddedTeamingEnabled', 'AllowManagementOS'
    }
    VMSwitchTeam            = Get-Section 'Get-VMSwitchTeam' {
        Get-VMSwitchTeam | Select-Object -Property 'Name', 'NetAdapterInterfaceDescription', 'TeamingMode', 'LoadBalancingAlgorithm'
    }
    VMNetworkAdapter        = Get-Section 'Get-VMNetworkAdapter -ManagementOS' {
        Get-VMNetworkAdapter -ManagementOS | Select-Object -Property 'Name', 'SwitchName', 'MacAddress'
    }
    VMNetworkAdapterVlan    = Get-Section 'Get-VMNetworkAdapterVlan -ManagementOS' {
        Get-VMNetworkAdapterVlan -ManagementOS |
            Select-Object -Property @{ Name = 'Name'; Expression = { $_.ParentAdapter.Name } }, 'OperationMode', 'AccessVlanId', 'NativeVlanId', 'AllowedVlanIdListString'
    }
    NetIPAddress            = Get-Section 'Get-NetIPAddress' {
        Get-NetIPAddress |
            Where-Object { $_.PrefixOrigin -ne 'WellKnown' } |
            Select-Object -Property 'InterfaceAlias', 'InterfaceIndex', 'IPAddress', 'PrefixLength', 'AddressFamily', 'PrefixOrigin'
    }
    ClusterNetwork          = @()
    ClusterNetworkInterface = @()
    Lldp                    = @()
    Problems                = $null
}

$system = Get-Section 'Get-CimInstance Win32_ComputerSystem' { Get-CimInstance -ClassName Win32_ComputerSystem }
if ($system.Count -gt 0) {
    $inventory.Model = $system[0].Model
    $inventory.TotalPhysicalMemory = $system[0].TotalPhysicalMemory
}

if (Get-Command -Name Get-Cluster -ErrorAction SilentlyContinue) {
    $cluster = Get-Section 'Get-Cluster' { Get-Cluster }
    if ($cluster.Count -gt 0) {
        $inventory.ClusterName = $cluster[0].Name
        $inventory.ClusterNetwork = Get-Section 'Get-ClusterNetwork' {
            Get-ClusterNetwork |
                Select-Object -Property 'Name', 'Role', 'Address', 'AddressMask', 'State', 'Metric', 'Ipv4Addresses', 'Ipv4PrefixLengths'
        }
        $inventory.ClusterNetworkInterface = Get-Section 'Get-ClusterNetworkInterface' {
            Get-ClusterNetworkInterface -Node $env:COMPUTERNAME |
                Select-Object -Property 'Name', @{ Name = 'Network'; Expression = { $_.Network.Name } }, 'Adapter', 'Address'
        }
    }
}
else {
    $problems.Add('Get-Cluster: the FailoverClusters module is not installed; no cluster networks')
}

if ($EnableLldp) {
    $null = Get-Section 'Enable-NetLldpAgent' {
        foreach ($name in $physicalNames) { Enable-NetLldpAgent -NetAdapterName $name }
        $log = Get-WinEvent -ListLog 'Microsoft-Windows-LinkLayerDiscoveryProtocol/Diagnostic'
        if (-not $log.IsEnabled) {
            $log.IsEnabled = $true
            $log.SaveChanges()
        }
        Start-Sleep -Seconds 35
    }
}

if (Get-Command -Name Get-FabricInfo -ErrorAction SilentlyContinue) {
    # One adapter at a time: Get-FabricInfo stops with an error for an adapter that heard no
    # LLDP frame, which must not cost the others.
    $inventory.Lldp = Get-Section 'Get-FabricInfo' {
        foreach ($name in $physicalNames) {
            try {
                $info = Get-FabricInfo -InterfaceNames $name -WarningAction SilentlyContinue
                if ($info -and $info.$name -and $info.$name.Fabric) {
                    $info.$name.Fabric |
                        Select-Object -Property 'InterfaceName', 'InterfaceIndex', 'ChassisID', 'PortID', 'PortDescription', 'SystemName', 'SystemDesc', 'NativeVLAN'
                }
            }
            catch {
                $problems.Add("Get-FabricInfo ${name}: $($_.Exception.Message)")
            }
        }
    }
}
else {
    # The newest LLDP frame per physical adapter from the LLDP diagnostic log: event 10041
    # carries the interface index (property 0) and the frame's bytes (property 3).
    $inventory.Lldp = Get-Section 'Get-WinEvent LinkLayerDiscoveryProtocol' {
        $filter = @{
            LogName   = 'Microsoft-Windows-LinkLayerDiscoveryProtocol/Diagnostic'
            Id        = 10041
            StartTime = (Get-Date).AddMinutes(-$LldpMinutes)
        }
        $seen = @{}
        foreach ($record in @(Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue)) {
            $index = [int]$record.Properties[0].Value
            $adapter = $physical | Where-Object { $_.ifIndex -eq $index } | Select-Object -First 1
            if ($seen.ContainsKey($index) -or -not $adapter) { continue }
            $seen[$index] = $true
            $frame = ConvertFrom-LldpFrame -Frame ([byte[]]$record.Properties[3].Value)
            $frame.Insert(0, 'InterfaceIndex', $index)
            $frame.Insert(0, 'InterfaceName', $adapter.Name)
            [pscustomobject]$frame
        }
    }
}

$inventory.Problems = $problems.ToArray()

if (-not $Path) { $Path = Join-Path -Path (Get-Location).Path -ChildPath "$($env:COMPUTERNAME).json" }
$target = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)

# PowerShell 7 can write enums by name; Windows PowerShell 5.1 writes their numbers, which
# clusternet reads as well.
$convert = @{ InputObject = $inventory; Depth = 6 }
if ((Get-Command -Name ConvertTo-Json).Parameters.ContainsKey('EnumsAsStrings')) { $convert.EnumsAsStrings = $true }
$json = ConvertTo-Json @convert
[System.IO.File]::WriteAllText($target, $json, (New-Object System.Text.UTF8Encoding($false)))
Write-Host "Wrote $target ($($physical.Count) adapters, $($inventory.Lldp.Count) LLDP neighbours, $($problems.Count) problems)"
