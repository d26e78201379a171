@vlan @requires:vlan @requires:veth
Feature: VLAN
  "A VLAN, aka virtual LAN, separates broadcast domains by adding tags to
  network packets. VLANs allow network administrators to group hosts under
  the same switch or between different switches."

  Three hosts on one switch, br0, a plain Linux bridge (no VLAN filtering:
  it forwards tagged frames as they are, see bridge-vlan.feature for a
  switch that knows VLANs). Each host has a VLAN device on its eth0:

        ns1                 ns2                 ns3
    [eth0.10]           [eth0.10]           [eth0.20]    10.0.10.0/24
    [eth0] 10.0.0.1     [eth0] 10.0.0.2     [eth0] 10.0.0.3
        |                   |                   |
     [veth1]-------------[veth2]----(br0)----[veth3]

  Where the kernel says more than the text:
  - The tag is the 802.1Q header: 12 bits of VLAN ID, so 4,096 values. The
    kernel accepts 0 to 4094 and refuses 4095 and above with "8021q: Invalid
    VLAN id" (ERANGE; the prefix is the kernel module's, the message comes
    from the kernel). iproute2 passes any ID up to 65535 to the kernel and
    refuses a larger one itself ("id is invalid"), without asking it.
  - ID 0 is accepted, though it names no VLAN: a VLAN device with ID 0 sends
    priority-tagged frames, with a tag whose VLAN ID is 0. So 4,094 IDs
    (1 to 4094) make VLANs of their own.
  - One parent takes one VLAN device per ID: a second one with the same ID is
    refused ("8021q: VLAN device already exists").
  - The VLAN device has its parent's MAC address. Frames leave the parent
    with the tag and arrive on the VLAN device without it.
  - "separates broadcast domains": on a switch that does not know VLANs, a
    tagged broadcast still reaches every host; it is the receiving host that
    hands it to the VLAN device of that ID, or to nothing.

  Rule: Hosts in the same VLAN talk through their VLAN devices, with tagged frames on the wire

    Background:
      Given a bridge br0
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24
      And a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24
      And a VLAN eth0.10 with ID 10 on eth0 in ns1
      And eth0.10 in ns1 has the address 10.0.10.1/24
      And a VLAN eth0.10 with ID 10 on eth0 in ns2
      And eth0.10 in ns2 has the address 10.0.10.2/24

    Scenario: A VLAN device is a VLAN of its ID on its parent, with the parent's MAC address
      Then eth0.10 in ns1 is a VLAN with ID 10 on eth0 in ns1
      And eth0.10 in ns1 has the same MAC address as eth0 in ns1

    @requires:tcpdump @requires:ping
    Scenario: Frames of the VLAN leave the parent tagged with its ID, and reach the VLAN device untagged
      Given a capture on eth0 in ns2
      And a capture on eth0.10 in ns2
      When ns1 pings 10.0.10.2
      Then the ping gets replies
      And the capture on eth0 in ns2 shows ICMP from 10.0.10.1 to 10.0.10.2 in VLAN 10
      And the capture on eth0 in ns2 shows ARP from 10.0.10.1 to 10.0.10.2 in VLAN 10
      But the capture on eth0 in ns2 shows no ICMP from 10.0.10.1 to 10.0.10.2 untagged
      And the capture on eth0.10 in ns2 shows ICMP from 10.0.10.1 to 10.0.10.2 untagged

    @requires:tcpdump @requires:ping
    Scenario: Frames sent on the parent itself leave untagged
      Given a capture on eth0 in ns2
      When ns1 pings 10.0.0.2
      Then the ping gets replies
      And the capture on eth0 in ns2 shows ICMP from 10.0.0.1 to 10.0.0.2 untagged
      But the capture on eth0 in ns2 shows no ICMP from 10.0.0.1 to 10.0.0.2 in VLAN 10

    @requires:tcpdump @requires:ping
    Scenario: Hosts in different VLANs do not talk: the tagged broadcast arrives, and no VLAN device takes it
      Given a VLAN eth0.20 with ID 20 on eth0 in ns3
      And eth0.20 in ns3 has the address 10.0.10.3/24
      And a capture on eth0 in ns3
      And a capture on eth0.20 in ns3
      When ns1 pings 10.0.10.3
      Then the ping gets no reply
      And the capture on eth0 in ns3 shows ARP from 10.0.10.1 to 10.0.10.3 in VLAN 10
      But the capture on eth0 in ns3 shows no ARP from 10.0.10.3
      And the capture on eth0.20 in ns3 shows no ARP from 10.0.10.1

    @requires:ping
    Scenario: The same host in the same VLAN as the others talks to them
      Given a VLAN eth0.10 with ID 10 on eth0 in ns3
      And eth0.10 in ns3 has the address 10.0.10.3/24
      When ns1 pings 10.0.10.3
      Then the ping gets replies
      And ns1 resolves 10.0.10.3 to the MAC address of eth0 in ns3
      # mutant survives: Then ns1 resolves 10.0.10.3 to the MAC address of eth0.10 in ns3 because a VLAN device carries the MAC address of its parent, so eth0.10 and eth0 in ns3 have one

  Rule: The kernel accepts VLAN IDs 0 to 4094 and refuses the rest of the 12 bits

    Background:
      Given a veth pair up0 -- up1

    Scenario Outline: VLAN ID <id> is accepted
      When a VLAN v<id> with ID <id> is created on up0
      Then v<id> is a VLAN with ID <id> on up0

      Examples:
        | id   |
        | 1    |
        | 4094 |
        | 0    |

    @kernel-differs
    Scenario Outline: VLAN ID <id> is refused by the kernel
      When a VLAN v<id> with ID <id> is created on up0
      Then the kernel refuses it with "8021q: Invalid VLAN id"
      And the host has no interface v<id>

      Examples:
        | id    |
        | 4095  |
        | 4096  |
        | 65535 |

    Scenario: An ID beyond 16 bits is refused by iproute2 itself, before the kernel is asked
      When a VLAN v65536 with ID 65536 is created on up0
      Then iproute2 refuses it itself, before asking the kernel, with "id is invalid"
      And the host has no interface v65536

    Scenario: A parent takes one VLAN device per ID
      Given a VLAN up0.10 with ID 10 on up0
      When a VLAN again with ID 10 is created on up0
      Then the kernel refuses it with "8021q: VLAN device already exists"
      And the host has no interface again

    @requires:tcpdump @requires:ping
    Scenario: A VLAN device with ID 0 sends priority-tagged frames, tagged with VLAN ID 0
      Given a namespace ns1
      And a namespace ns2
      And a veth pair eth0 in ns1 -- eth0 in ns2
      When a VLAN eth0.0 with ID 0 is created on eth0 in ns1
      And a VLAN eth0.0 with ID 0 is created on eth0 in ns2
      Then eth0.0 in ns1 is a VLAN with ID 0 on eth0 in ns1
      And eth0.0 in ns2 is a VLAN with ID 0 on eth0 in ns2
      When eth0.0 in ns1 is set up
      And eth0.0 in ns2 is set up
      And eth0.0 in ns1 has the address 10.0.0.1/24
      And eth0.0 in ns2 has the address 10.0.0.2/24
      And a capture on eth0 in ns2
      And ns1 pings 10.0.0.2
      Then the ping gets replies
      And the capture on eth0 in ns2 shows ICMP from 10.0.0.1 to 10.0.0.2 in VLAN 0
      But the capture on eth0 in ns2 shows no ICMP from 10.0.0.1 to 10.0.0.2 untagged

    Scenario: A parent takes a second VLAN device with another ID
      Given a VLAN up0.10 with ID 10 on up0
      When a VLAN up0.20 with ID 20 is created on up0
      Then up0.20 is a VLAN with ID 20 on up0
      And up0.10 is a VLAN with ID 10 on up0
