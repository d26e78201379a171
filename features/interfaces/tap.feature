@tap @requires:tap @requires:perl @requires:ping
Feature: tap devices
  "A virtual "tap" device is a single point to point device which can be used
  by a program in user-space or a virtual machine to send Ethernet packets on
  layer 2 directly to the kernel or receive packets from it. A file descriptor
  (fd) is read/written during such a transmission. [...] A tap device can on
  the other side be attached to a virtual Linux bridge; the kernel handles the
  packet transfer as if it occurred over a virtual bridge port."

      the host                           a process (qemu, say)
    10.8.0.1/24 [tap0] <==== fd =====> (reads Ethernet frames, or writes them)

      ns1                     the host
    [eth0]----[veth1]--(br0)--[tap0] ===== fd =====> a process
  10.0.0.1/24

  The process is netspec's reader (src/main/resources/assets/tun-reader.pl),
  as in tun.feature, which says why it is a perl script, or its writer
  (tap-writer.pl), which writes frames into the tap the way a guest's network
  card would send them.

  Where the kernel says more than the text:
  - "a single point to point device": the kernel does not treat a tap as
    point-to-point. It has a MAC address, link type "ether" and the flag
    BROADCAST, resolves neighbours with ARP, and the reader receives whole
    Ethernet frames, broadcasts included.
  - A tap has carrier only while a process holds its file descriptor; a tap
    port without a reader is "disabled" in its bridge, so the bridge sends
    nothing to it.

  Scenario: A tap device is a layer-2 device with a MAC address of its own
    Given a persistent tap device tap0
    Then tap0 is a layer-2 device: link type ether, a MAC address, flag BROADCAST and no NOARP

  Scenario: The reader of a tap device receives Ethernet frames, the IP packet inside
    Given a persistent tap device tap0
    And tap0 has the address 10.8.0.1/24
    And tap0 has a permanent neighbour entry 10.8.0.2 at 02:00:00:00:08:02
    When a process attaches to tap0 and reads it
    And the host pings 10.8.0.2
    Then the reader of tap0 has read an Ethernet frame from the MAC address of tap0 carrying an IPv4 packet from 10.8.0.1 to 10.8.0.2
    But the reader of tap0 has read packets, but no IPv4 packet from 10.8.0.1 to 10.8.0.2 without a link-layer header
    # mutant survives: Then the reader of tap0 has read packets, but no IPv4 packet from 10.8.0.1 to 10.8.0.1 without a link-layer header because no packet goes from 10.8.0.1 to itself through tap0: the frame from 10.8.0.1 to 10.8.0.2, with its Ethernet header, read in the step before is the contrast
    # mutant survives: Then the reader of tap0 has read packets, but no IPv4 packet from 10.8.0.2 to 10.8.0.2 without a link-layer header because no packet goes from 10.8.0.2 to itself through tap0: the frame from 10.8.0.1 to 10.8.0.2, with its Ethernet header, read in the step before is the contrast

  Scenario: Before the first IP packet, the kernel resolves the neighbour with ARP through the tap
    Given a persistent tap device tap0
    And tap0 has the address 10.8.0.1/24
    When a process attaches to tap0 and reads it
    And the host pings 10.8.0.2
    Then the reader of tap0 has read a broadcast ARP request for 10.8.0.2 from the MAC address of tap0
    And the host has a neighbour entry for 10.8.0.2 on tap0

  Scenario: The tap device gets its carrier when a process attaches, and loses it when the process exits
    Given a persistent tap device tap0
    Then tap0 has no carrier
    When a process attaches to tap0 and reads it
    Then tap0 has carrier
    When the process reading tap0 exits
    Then tap0 has no carrier
    But the host still has an interface tap0

  Scenario: A tap device a process created without persistence vanishes with the process
    When a process creates the tap device tap1 and reads it
    Then tap1 is a layer-2 device: link type ether, a MAC address, flag BROADCAST and no NOARP
    When the process reading tap1 exits
    Then the host has no interface tap1

  Scenario: A tap attached to a bridge passes the bridge's traffic to its reader
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
    And a persistent tap device tap0
    And tap0 is attached to br0
    When a process attaches to tap0 and reads it
    And ns1 pings 10.0.0.2
    Then the bridge port tap0 is in state forwarding
    And the reader of tap0 has read a broadcast ARP request for 10.0.0.2 from the MAC address of eth0 in ns1

  Scenario: A tap outside the bridge does not see the bridge's traffic
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
    And a persistent tap device tap0
    And tap0 has the address 10.8.0.1/24
    When a process attaches to tap0 and reads it
    And ns1 pings 10.0.0.2
    And the host pings 10.8.0.2
    Then tap0 has no master
    # mutant survives: Then br0 has no master because br0 is itself a port of nothing, so it has no master either
    And the reader of tap0 has read a broadcast ARP request for 10.8.0.2 from the MAC address of tap0
    But the reader of tap0 has read no frame from the MAC address of eth0 in ns1

  Scenario: A tap port without a reader has no carrier, and the bridge disables it
    Given a bridge br0
    And a persistent tap device tap0
    And tap0 is attached to br0
    Then tap0 has no carrier
    And the bridge port tap0 is in state disabled

  @requires:tcpdump
  Scenario: Frames a process writes into a tap enter the bridge as if they came in on a port
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
    And a persistent tap device tap0
    And tap0 is attached to br0
    And a capture on eth0 in ns1
    When the frames tap0 sends and receives are counted from now on
    And a process writes 3 broadcast ARP requests for 10.0.0.1 from 10.0.0.99 at 02:00:00:00:00:99 into tap0
    Then tap0 has received at least 3 frames since counting began
    And the capture on eth0 in ns1 shows ARP from 10.0.0.99 to 10.0.0.1
    And ns1 has a neighbour entry for 10.0.0.99 on eth0

  @requires:tcpdump
  Scenario: Frames a process writes into a tap outside the bridge do not reach the bridge's stations
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
    And a persistent tap device tap0
    And a capture on eth0 in ns1
    When the frames tap0 sends and receives are counted from now on
    And a process writes 3 broadcast ARP requests for 10.0.0.1 from 10.0.0.99 at 02:00:00:00:00:99 into tap0
    And ns1 pings 10.0.0.2
    Then tap0 has received at least 3 frames since counting began
    And the capture on eth0 in ns1 shows ARP from 10.0.0.1 to 10.0.0.2
    But the capture on eth0 in ns1 shows no ARP from 10.0.0.99
    And ns1 has no neighbour entry for 10.0.0.99
    # mutant survives: Then ns1 has no neighbour entry for 10.0.0.1 because 10.0.0.1 is ns1's own address: a namespace keeps no neighbour entry for itself
    # mutant survives: Then the host has no neighbour entry for 10.0.0.99 because the host sent nothing to 10.0.0.99 either, so it resolved no neighbour for it
