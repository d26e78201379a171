@ipvlan @requires:ipvlan @requires:veth @requires:bridge @requires:ping
Feature: IPVLAN
  "IPVLAN is similar to MACVLAN with the difference being that the endpoints
  have the same MAC address."

  The parent is up0, one end of a veth pair whose other end, up1, is a port
  of br0, the switch the parent is plugged into. ns3 is a station on that
  switch. The ipvlans live in namespaces, as containers would:

        ns1            ns2                       ns3
       [iv1]          [iv2]                    [eth0] 10.0.0.3/24
     10.0.0.1/24    10.0.0.2/24                   |
          \            /                          |
           [  up0  ]=========[up1]--(br0)------[veth3]
         parent, 10.0.0.254/24

  Where the kernel says more than the text:
  - "the endpoints have the same MAC address": the parent's. Stations beyond
    the parent resolve every child's address to it, and frames from every
    child carry it; the kernel tells the children apart by IP address.
  - The mode matters. In l2 mode (the default) the children answer ARP and
    exchange frames with the parent's network like macvlans do. In l3 mode
    they have NOARP and nobody answers ARP for their addresses: a station on
    the parent's network cannot reach them (it would need a route through a
    router that can), while the children of one parent still reach each
    other.
  - As with macvlan, a child cannot reach the parent's own address in either
    mode. In l2 mode the child's echo requests leave through the parent (the
    host, which owns the parent's address, answers the child's ARP request
    through br0, its own switch here) and the host's answer goes out through
    the parent, never into the child. In l3 mode the kernel routes the child's
    packet in the parent's namespace, which delivers it to the parent's
    address; the answer waits for an ARP reply from the child that never comes
    (an l3 child has NOARP).

  Background:
    Given a bridge br0
    And a veth pair up0 -- up1
    And up1 is attached to br0
    And up0 has the address 10.0.0.254/24
    And a namespace ns1
    And a namespace ns2
    And a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24

  Rule: The endpoints share the parent's MAC address, each with an IP address of its own

    Scenario: ipvlans on one parent have the parent's MAC address and distinct IP addresses
      Given an ipvlan iv1 on up0 in l2 mode, in ns1 with address 10.0.0.1/24
      And an ipvlan iv2 on up0 in l2 mode, in ns2 with address 10.0.0.2/24
      Then iv1 in ns1 is an ipvlan on up0 in l2 mode
      And iv2 in ns2 is an ipvlan on up0 in l2 mode
      And iv1 in ns1 has the same MAC address as up0
      And iv2 in ns2 has the same MAC address as up0
      And iv1 in ns1 holds the address 10.0.0.1/24
      And iv2 in ns2 holds the address 10.0.0.2/24

    @requires:tcpdump
    Scenario: A station beyond the parent sees every child behind the parent's MAC address
      Given an ipvlan iv1 on up0 in l2 mode, in ns1 with address 10.0.0.1/24
      And an ipvlan iv2 on up0 in l2 mode, in ns2 with address 10.0.0.2/24
      And a capture on eth0 in ns3
      When ns1 pings 10.0.0.3
      Then the ping gets replies
      When ns2 pings 10.0.0.3
      Then the ping gets replies
      And the capture on eth0 in ns3 shows ICMP from 10.0.0.1 to 10.0.0.3 sent from the MAC address of up0
      And the capture on eth0 in ns3 shows ICMP from 10.0.0.2 to 10.0.0.3 sent from the MAC address of up0
      And ns3 resolves 10.0.0.1 to the MAC address of up0
      And ns3 resolves 10.0.0.2 to the MAC address of up0

    @requires:macvlan @requires:tcpdump
    Scenario: A macvlan on the same parent is seen with a MAC address of its own
      Given a macvlan mv1 on up0 in bridge mode, in ns1 with address 10.0.0.1/24
      And a capture on eth0 in ns3
      When ns1 pings 10.0.0.3
      Then the ping gets replies
      And the capture on eth0 in ns3 shows ICMP from 10.0.0.1 to 10.0.0.3 sent from the MAC address of mv1 in ns1
      And mv1 in ns1 and up0 have different MAC addresses
      # mutant survives: Then mv1 in ns1 and br0 have different MAC addresses because br0 carries the MAC address of one of its ports, up1 or veth3, and mv1 has one of its own
      And ns3 resolves 10.0.0.1 to the MAC address of mv1 in ns1

  Rule: In l2 mode the children are on the parent's network; in l3 mode they do not answer ARP

    Scenario: In l2 mode the children reach each other and a station beyond the parent
      Given an ipvlan iv1 on up0 in l2 mode, in ns1 with address 10.0.0.1/24
      And an ipvlan iv2 on up0 in l2 mode, in ns2 with address 10.0.0.2/24
      When ns3 pings 10.0.0.2
      Then the ping gets replies
      When ns1 pings 10.0.0.2
      Then the ping gets replies
      And iv1 in ns1 does not have the flag NOARP

    @requires:tcpdump
    Scenario: In l3 mode nobody answers ARP for a child, so a station beyond the parent cannot reach it
      Given an ipvlan iv2 on up0 in l3 mode, in ns2 with address 10.0.0.2/24
      And a capture on eth0 in ns3
      When ns3 pings 10.0.0.2
      Then the ping gets no reply
      And iv2 in ns2 is an ipvlan on up0 in l3 mode
      And iv2 in ns2 has the flag NOARP
      # mutant survives: Then iv2 in ns2 has the flag UP because iv2 is up too; the negation, 'does not have the flag NOARP', is killed
      And the capture on eth0 in ns3 shows ARP from 10.0.0.3 to 10.0.0.2
      But the capture on eth0 in ns3 shows no ARP from 10.0.0.2

    Scenario: In l3 mode the children of one parent still reach each other
      Given an ipvlan iv1 on up0 in l3 mode, in ns1 with address 10.0.0.1/24
      And an ipvlan iv2 on up0 in l3 mode, in ns2 with address 10.0.0.2/24
      When ns1 pings 10.0.0.2
      Then the ping gets replies

  Rule: Like a macvlan, a child cannot reach its parent's own address

    @requires:tcpdump
    Scenario Outline: In <mode> mode a child's ping of the parent's address gets no reply
      Given an ipvlan iv1 on up0 in <mode> mode, in ns1 with address 10.0.0.1/24
      And a capture on up1
      When ns1 pings 10.0.0.254
      Then the ping gets no reply
      And the capture on up1 shows <sent>
      But the capture on up1 shows no <answer>

      Examples:
        | mode | sent                             | answer               |
        | l2   | ICMP from 10.0.0.1 to 10.0.0.254 | ICMP from 10.0.0.254 |
        | l3   | ARP from 10.0.0.254 to 10.0.0.1  | ARP from 10.0.0.1    |

    Scenario: The station beyond the switch reaches the parent's address
      When ns3 pings 10.0.0.254
      Then the ping gets replies
