@bridge @requires:bridge @requires:veth @requires:ping
Feature: Linux bridge: ports, forwarding, spanning tree, multicast snooping, isolation and ageing
  The bullets of "Aspects and properties" that bridge.feature does not cover,
  and what the text says the bridge "also supports": "It also supports STP,
  VLAN filter, and multicast snooping." Port isolation and the ageing of
  learned addresses are not in the text; they are what a bridge does to keep
  ports apart and its table current.

  Where the kernel says more than the text, or otherwise:
  - "A "tap" device attached to one Linux bridge cannot be attached to
    another Linux bridge": true of the old ioctl interface only. `brctl addif`
    (SIOCBRADDIF) is refused with EBUSY, which brctl prints as "device tap0 is
    already a member of a bridge". Through netlink, `ip link set tap0 master
    br1` succeeds: the kernel takes the device out of br0 and makes it a port
    of br1 in one step. Either way a device is a port of one bridge at a time,
    and this holds for any device, not only a tap.
  - "no Linux bridge cascading. You can neither connect a Linux bridge to
    another Linux bridge via a "tap" device": a tap, being one device, can be
    a port of one bridge only; but a veth pair, one end a port of each bridge,
    does cascade two bridges (veth.feature shows the traffic crossing).
  - "Properly configured the bridge transfers packets directly between two
    specific bridge ports [...] without exposing the communication to other
    ports": once the bridge has learned both stations. Until then, and for
    every station it cannot learn, it floods the frames to all ports.
  - STP: with a loop between two bridges, STP puts exactly one port of the
    loop into the "blocking" state, and stations on both sides still talk.
    The contrast with STP off is not run: a loop without STP circulates every
    broadcast forever and eats the machine.
  - Multicast snooping switched off on a running bridge drops what it learned
    on the ports, but `bridge mdb show` keeps listing the groups the host
    itself joined on the bridge device (port br0).
  - VLAN filtering is in vlan-filtering specs, which need a kernel with
    CONFIG_BRIDGE_VLAN_FILTERING.

  Counting frames needs a quiet network: a namespace whose interface comes up
  sends IPv6 router solicitations, MLD reports and duplicate address probes
  for seconds, and a snooping bridge reports its own group by IGMP, all of
  them flooded. Those scenarios switch IPv6 and link-local IGMP reports off
  first, so every frame counted is one the scenario caused.

  Rule: A device is a port of one bridge at a time

    Background:
      Given a bridge br0
      And a bridge br1
      And a persistent tap device tap0
      And tap0 is attached to br0

    @requires:tap
    Scenario: Through netlink, attaching a tap of one bridge to another moves it there
      When tap0 is attached to br1
      Then tap0 is a port of br1
      And br0 has no ports

    @requires:tap @requires:brctl
    Scenario: Through the ioctl of brctl, a tap already in a bridge is refused by another one
      When tap0 is attached to br1 with brctl addif
      Then the kernel refuses it with "already a member of a bridge"
      And tap0 is a port of br0

    @requires:tap @requires:brctl
    Scenario: Through the ioctl of brctl, a tap in no bridge is attached
      When tap0 is removed from its bridge
      And tap0 is attached to br1 with brctl addif
      Then tap0 is a port of br1

  Rule: Once it has learned both stations, the bridge keeps their conversation off the other ports

          ns1             ns2             ns3
        [eth0]          [eth0]          [eth0]
      10.0.0.1/24     10.0.0.2/24     10.0.0.3/24
          |               |               |
       [veth1]---------[veth2]---(br0)--[veth3]

    Background:
      Given a bridge br0
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24
      And a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24
      And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups

    Scenario: A third port gets nothing of a conversation between two learned stations
      When ns1 pings 10.0.0.2
      And the frames veth3 sends and receives are counted from now on
      And ns1 pings 10.0.0.2 20 times
      Then the ping gets replies
      And br0 has learned the MAC address of eth0 in ns2 on port veth2
      And veth3 has transmitted no frame since counting began

    Scenario: Frames for a station the bridge has not learned are flooded to every port
      Given learning is switched off on port veth2
      And br0 forgets the addresses it has learned
      When ns1 pings 10.0.0.2
      And the frames veth3 sends and receives are counted from now on
      And ns1 pings 10.0.0.2 20 times
      Then the ping gets replies
      And br0 has not learned the MAC address of eth0 in ns2
      And veth3 has transmitted at least 20 frames since counting began

  Rule: With STP on, a loop between two bridges gets one port blocked

           ns1                           ns2
         [eth0]                        [eth0]
           |                             |
        [veth1]--(br0)-[l0a]====[l1a]-(br1)--[veth2]
                      \[l0b]====[l1b]/

    Background:
      Given a bridge br0 with STP on and a forward delay of 2 seconds
      And a bridge br1 with STP on and a forward delay of 2 seconds
      And a veth pair l0a -- l1a
      And l0a is attached to br0
      And l1a is attached to br1

    Scenario: A second link between the bridges closes a loop, and STP blocks exactly one of its ports
      Given a veth pair l0b -- l1b
      And l0b is attached to br0
      And l1b is attached to br1
      Then within 10 seconds exactly one port of br0 and br1 is blocking, and the others forward

    Scenario: With a single link between the bridges there is no loop, and every port forwards
      Then within 10 seconds every port of br0 and br1 forwards

    Scenario: Across the loop, stations on either bridge talk once the spanning tree has settled
      Given a veth pair l0b -- l1b
      And l0b is attached to br0
      And l1b is attached to br1
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br1 through veth2, with eth0 at 10.0.0.2/24
      And the spanning tree of br0 and br1 has settled
      When ns1 pings 10.0.0.2
      Then the ping gets replies
      And within 10 seconds exactly one port of br0 and br1 is blocking, and the others forward

    Scenario: Stations behind two uplinks of the bridge talk with each other and with its own ports, loop and all
      # "several physical Ethernet devices (without IP!) of the host ... each as a kind of uplink": l0a goes to
      # the switch br1, l0c to the switch br2, and br1 and br2 are linked too, a loop that STP breaks. The
      # uplinks hold no address (an address on a port reaches nothing: bridge.feature)
      Given a bridge br2 with STP on and a forward delay of 2 seconds
      And a veth pair l0c -- l2c
      And l0c is attached to br0
      And l2c is attached to br2
      And a veth pair l1d -- l2d
      And l1d is attached to br1
      And l2d is attached to br2
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br1 through veth2, with eth0 at 10.0.0.2/24
      And a namespace ns3 plugged into br2 through veth3, with eth0 at 10.0.0.3/24
      And the spanning tree of br0 and br1 has settled
      And the spanning tree of br0 and br2 has settled
      And the spanning tree of br1 and br2 has settled
      When ns2 pings 10.0.0.3
      Then the ping gets replies
      When ns3 pings 10.0.0.1
      Then the ping gets replies
      When ns1 pings 10.0.0.2
      Then the ping gets replies

  Rule: A snooping bridge records which port has members of which multicast group

    Background:
      Given a bridge br0
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24

    Scenario: An IGMP join shows in the multicast database, on the member's port
      When eth0 in ns1 joins the multicast group 239.1.1.1
      Then the multicast database of br0 has 239.1.1.1 on port veth1

    Scenario: An MLD join shows in the multicast database, on the member's port
      When eth0 in ns2 joins the multicast group ff0e::1:1
      Then the multicast database of br0 has ff0e::1:1 on port veth2

    Scenario: With snooping off, the same join leaves no entry
      Given br0 does not snoop multicast
      When eth0 in ns1 joins the multicast group 239.1.1.1
      Then the multicast database of br0 has no entry for 239.1.1.1

  Rule: Isolated ports do not talk to each other, only to ports that are not isolated

    Background:
      Given a bridge br0
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24
      And a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24
      And isolation is switched on on port veth1
      And isolation is switched on on port veth2

    Scenario: Two isolated ports cannot talk
      When ns1 pings 10.0.0.2
      Then the ping gets no reply
      And port veth1 is isolated
      And port veth2 is isolated

    Scenario: An isolated port talks with a port that is not isolated
      When ns1 pings 10.0.0.3
      Then the ping gets replies
      And port veth1 is isolated
      But port veth3 is not isolated

  Rule: The bridge forgets a learned address once its station has been silent for the ageing time

    Background:
      Given a bridge br0
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24
      And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups

    Scenario: With an ageing time of 1 second, a silent station is forgotten within seconds
      Given br0 forgets a learned address after 1 second
      When ns1 pings 10.0.0.2
      Then br0 has learned the MAC address of eth0 in ns1 on port veth1
      And within 10 seconds br0 forgets the MAC address of eth0 in ns1

    Scenario: With the default ageing time of 300 seconds, the same silence forgets nothing
      When ns1 pings 10.0.0.2
      And 5 seconds pass
      Then the ageing time of br0 is 300 seconds
      And br0 has learned the MAC address of eth0 in ns1 on port veth1

  Rule: A port's promiscuity is a counter the bridge raises, while the PROMISC flag a user sets stays off

    Background:
      Given a bridge br0
      And a veth pair p1 -- p2

    Scenario: A port of a bridge counts as promiscuous without showing the PROMISC flag
      Given p1 is attached to br0
      Then p1 is in promiscuous mode
      But p1 does not have the flag PROMISC

    Scenario: A device in no bridge is not promiscuous, and has no PROMISC flag either
      Then p1 is not in promiscuous mode
      And p1 does not have the flag PROMISC

  Rule: A station that moves behind another port is learned again there

            ns1                               ns2
          [eth0]                            [eth0]
            |                                 |
         [veth1]--(sw1)-[up1]====[port1]-(br0)-[veth2]
                   \[up2]====[port2]/

    The station eth0 in ns1 sits behind the switch sw1, whose uplink to br0
    is first up1 and then up2: to br0 the station moves from port1 to port2.

    Background:
      Given a bridge br0
      And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24
      And a bridge sw1
      And a namespace ns1 plugged into sw1 through veth1, with eth0 at 10.0.0.1/24
      And a veth pair up1 -- port1
      And a veth pair up2 -- port2
      And port1 is attached to br0
      And port2 is attached to br0
      And up1 is attached to sw1

    Scenario: A station is learned on the port it is behind
      When ns1 pings 10.0.0.2
      Then the ping gets replies
      And br0 has learned the MAC address of eth0 in ns1 on port port1

    Scenario: When the station moves behind another port, the bridge moves its entry to that port
      When ns1 pings 10.0.0.2
      And up1 is removed from its bridge
      And up2 is attached to sw1
      And ns1 pings 10.0.0.2
      Then the ping gets replies
      And br0 has learned the MAC address of eth0 in ns1 on port port2
