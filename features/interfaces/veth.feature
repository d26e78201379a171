@veth @requires:veth @requires:ping
Feature: veth pairs
  "The VETH (virtual Ethernet) device is a local Ethernet tunnel. Devices are
  created in pairs, packets transmitted on one device in the pair are
  immediately received on the other device. When either device is down, the
  link state of the pair is down."

      ns1                      ns2
    [veth-a] ================ [veth-b]
   10.0.1.1/24              10.0.1.2/24

  "These 2 devices can be imagined as being connected by a network cable;
  each veth-device of a pair can be attached to different virtual entities as
  OpenVswitch bridges, LXC containers or Linux standard bridges."

      ns1                                         ns2
    [eth0]                                      [eth0]
  10.0.2.1/24                                 10.0.2.2/24
      |                                           |
   [veth1]--(br0)--[cab0] ============ [cab1]--(br1)--[veth2]

  Where the kernel says more than the text:
  - "When either device is down, the link state of the pair is down": the end
    that was set down is administratively down; the other end stays
    administratively UP but loses its carrier (NO-CARRIER) and its operational
    state becomes DOWN.
  - Deleting either end deletes the pair; the text does not say so.
  - An end can move to another namespace at any time and stays paired, but
    the move takes it down and drops its addresses: it arrives bare.
  - A veth pair between two bridges cascades them into one broadcast domain,
    which the bridge section of the text says Linux bridges cannot do
    ("no Linux bridge cascading"): it is only a bridge as a port of another
    bridge that the kernel refuses.

  Rule: A veth pair is a cable between two namespaces

    Background:
      Given a namespace ns1
      And a namespace ns2
      And a veth pair veth-a in ns1 -- veth-b in ns2
      And veth-a in ns1 has the address 10.0.1.1/24
      And veth-b in ns2 has the address 10.0.1.2/24

    Scenario: A frame sent on one end is received on the other
      When ns1 pings 10.0.1.2 5 times
      Then the ping gets replies
      And veth-b in ns2 has received every frame veth-a in ns1 sent, at least 5
      And veth-a in ns1 has received every frame veth-b in ns2 sent, at least 5

    Scenario: While both ends are up, both have carrier
      Then veth-a in ns1 has carrier
      And veth-b in ns2 has carrier
      And the operational state of veth-b in ns2 is UP

    Scenario Outline: When either end goes down, the other end loses its carrier (<down> set down)
      When <down> is set down
      Then <other> has no carrier
      And <other> is still administratively up
      And the operational state of <other> is DOWN

      Examples:
        | down          | other         |
        | veth-a in ns1 | veth-b in ns2 |
        | veth-b in ns2 | veth-a in ns1 |

    Scenario: Carrier comes back when the end goes up again
      When veth-a in ns1 is set down
      And veth-a in ns1 is set up
      Then veth-b in ns2 has carrier

    Scenario: Deleting one end deletes both
      When veth-a in ns1 is deleted
      Then veth-b in ns2 is gone
      And veth-a in ns1 is gone

  Rule: Each end can be plugged into something else: a namespace, a bridge, another namespace later

    Background:
      Given a bridge br0
      And a bridge br1
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.2.1/24
      And a namespace ns2 plugged into br1 through veth2, with eth0 at 10.0.2.2/24
      And a veth pair cab0 -- cab1
      And cab0 is attached to br0

    @requires:bridge
    Scenario: A veth pair with an end in each of two bridges joins them: stations on both sides talk
      Given cab1 is attached to br1
      When ns1 pings 10.0.2.2
      Then the ping gets replies
      And br1 has learned the MAC address of eth0 in ns1 on port cab1
      And br0 has learned the MAC address of eth0 in ns2 on port cab0

    @requires:bridge
    Scenario: With one end of the pair in no bridge, the stations of the two bridges do not talk
      When ns1 pings 10.0.2.2
      Then the ping gets no reply
      And cab1 has no master
      # mutant survives: Then br0 has no master because br0 is itself a port of nothing, so it has no master either

    @requires:bridge
    Scenario: The ends of a pair name each other, in the same namespace or across namespaces
      Then the peer of cab0 is cab1
      And the peer of cab1 is cab0
      And the peer of veth1 is eth0 in ns1
      And the peer of eth0 in ns2 is veth2

    @requires:bridge
    Scenario: An end moved into another namespace stays paired, and arrives down and without addresses
      Given a namespace ns3
      When eth0 in ns2 is moved into ns3
      Then ns2 has no interface eth0
      And the peer of veth2 is eth0 in ns3
      And eth0 in ns3 is administratively down
      And eth0 in ns3 has no IP address

    @requires:bridge
    Scenario: An end moved into another namespace carries traffic there once it is set up and addressed
      Given a namespace ns3
      When eth0 in ns2 is moved into ns3
      And eth0 in ns3 has the address 10.0.2.3/24
      And eth0 in ns3 is set up
      And cab1 is attached to br1
      And ns1 pings 10.0.2.3
      Then the ping gets replies
      And br0 has learned the MAC address of eth0 in ns3 on port cab0

  Rule: What deleting takes with it, and what an end's peer is not: the contrasts

    Background:
      Given a namespace ns1
      And a namespace ns2
      And a veth pair veth-a in ns1 -- veth-b in ns2
      And a veth pair other-a in ns1 -- other-b in ns2

    Scenario: Deleting an end of one pair leaves another pair whole
      When other-a in ns1 is deleted
      Then other-b in ns2 is gone
      But the peer of veth-a in ns1 is veth-b in ns2

    Scenario: Deleting the namespace of one end deletes the pair
      When the namespace ns2 is deleted
      Then veth-a in ns1 is gone
      And other-a in ns1 is gone

    Scenario: Ends of different pairs do not name each other
      Then the peer of veth-a in ns1 is not other-b in ns2
      And the peer of other-a in ns1 is not veth-b in ns2
      But the peer of other-a in ns1 is other-b in ns2

  @requires:openvswitch
  Rule: An end of a veth pair can be a port of an Open vSwitch bridge too

    "each veth-device of a pair can be attached to different virtual entities as
    OpenVswitch bridges": the switch here is the scenario's own ovsdb-server and
    ovs-vswitchd with the userspace datapath (datapath_type=netdev), which needs
    no kernel module. Unlike a Linux bridge, Open vSwitch sets its ports'
    PROMISC flag, and its ports have no master.

        ns1                              ns2
      [eth0] ====== [ovp1]-(ovs0)-[ovp2] ====== [eth0]
    10.0.3.1/24                                10.0.3.2/24

    Background:
      Given an Open vSwitch bridge ovs0
      And a namespace ns1
      And a namespace ns2
      And a veth pair ovp1 -- eth0 in ns1
      And a veth pair ovp2 -- eth0 in ns2
      And eth0 in ns1 has the address 10.0.3.1/24
      And eth0 in ns2 has the address 10.0.3.2/24
      And ovp1 is a port of the Open vSwitch bridge ovs0

    Scenario: Through an Open vSwitch bridge, the namespaces at the ends of two veth pairs talk
      Given ovp2 is a port of the Open vSwitch bridge ovs0
      When ns1 pings 10.0.3.2
      Then the ping gets replies
      And the Open vSwitch bridge ovs0 has learned the MAC address of eth0 in ns1 on port ovp1
      And the Open vSwitch bridge ovs0 has learned the MAC address of eth0 in ns2 on port ovp2
      And ovp1 is in promiscuous mode
      # mutant survives: Then ovs0 is in promiscuous mode because ovs-vswitchd sets the PROMISC flag of the bridge's own internal port ovs0 as well
      But ovp1 has no master
      # mutant survives: Then ovs0 has no master because the bridge's internal port ovs0 has no master either: with the userspace datapath no port has one

    Scenario: With one veth end in no Open vSwitch bridge, the namespaces do not talk
      When ns1 pings 10.0.3.2
      Then the ping gets no reply
      And the Open vSwitch bridge ovs0 has learned the MAC address of eth0 in ns1 on port ovp1
      But the Open vSwitch bridge ovs0 has not learned the MAC address of eth0 in ns2
      And ovp2 is not in promiscuous mode
