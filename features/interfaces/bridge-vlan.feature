@bridge @bridge-vlan @requires:bridge-vlan-filtering @requires:bridge @requires:veth
Feature: Linux bridge: VLAN filtering
  "It also supports STP, VLAN filter, and multicast snooping." and, of VLANs,
  "VLANs allow network administrators to group hosts under the same switch".

  With VLAN filtering on, the bridge is a VLAN-aware switch. Every port has
  a VLAN table (`bridge vlan show`): the VLANs it is a member of, for each
  whether frames leave the port tagged or untagged, and one PVID, the VLAN
  of the untagged frames that arrive. The hosts send untagged frames; the
  bridge keeps each VLAN to its own ports:

        ns1             ns2             ns3
      [eth0]          [eth0]          [eth0]
    10.0.0.1/24     10.0.0.2/24     10.0.0.3/24
        |               |               |
     [veth1]---------[veth2]---(br0)--[veth3]

  Where the kernel says more than the text:
  - Every new port, and the bridge itself, starts as an untagged member of
    VLAN 1 with PVID 1 (the bridge's default_pvid): with nothing configured
    a filtering bridge forwards like any other.
  - The table exists without filtering too, and is then ignored: the same
    configuration on a bridge with vlan_filtering 0 keeps no port apart.
  - "All attached devices are switched into the promiscuous mode"
    (bridge.feature): not with VLAN filtering on, for a port that can filter
    unicast addresses itself (a macvlan, a bond, a VLAN device) while it is
    the bridge's only port: the kernel (br_manage_promisc) then gives the
    port the bridge's static addresses as its unicast filter instead. With a
    second port both are promiscuous, and a port without a unicast filter (a
    veth, a dummy, a tap) is promiscuous even alone, as the text says.

  Rule: With VLAN filtering, ports in the same VLAN talk and ports in different VLANs do not

    Background:
      Given a bridge br0 with VLAN filtering
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24
      And a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24

    @requires:ping
    Scenario: Every port starts as an untagged member of VLAN 1, its PVID, so all ports talk
      Then br0 filters by VLAN
      And veth1 is an untagged member of VLAN 1, its PVID
      And veth3 is an untagged member of VLAN 1, its PVID
      And br0 is an untagged member of VLAN 1, its PVID
      When ns1 pings 10.0.0.3
      Then the ping gets replies

    @requires:ping
    Scenario: Access ports of the same VLAN talk
      Given veth1 is an access port of VLAN 10
      And veth2 is an access port of VLAN 10
      When ns1 pings 10.0.0.2
      Then the ping gets replies
      And veth1 is an untagged member of VLAN 10, its PVID
      And veth1 is no member of VLAN 1
      # mutant survives: Then veth1 is no member of VLAN 2 because an access port of VLAN 10 is no member of VLAN 2 either
      And br0 has learned the MAC address of eth0 in ns2 on port veth2

    @requires:tcpdump @requires:ping
    Scenario: Access ports of different VLANs do not talk: the bridge keeps even broadcasts to their VLAN
      Given veth1 is an access port of VLAN 10
      And veth3 is an access port of VLAN 20
      And a capture on eth0 in ns3
      When ns1 pings 10.0.0.3
      Then the ping gets no reply
      And veth3 is an untagged member of VLAN 20, its PVID
      And veth3 is no member of VLAN 10
      # mutant survives: Then veth3 is no member of VLAN 11 because an access port of VLAN 20 is no member of VLAN 11 either
      # mutant survives: Then br0 is no member of VLAN 10 because the bridge itself is a member of its default VLAN 1 only; VLAN 10 exists on ports
      # ns3's own ARP requests are what its capture records, the proof that it listened: on a slow machine the
      # IPv6 chatter of eth0 coming up is over before the capture starts
      When ns3 pings 10.0.0.1
      Then the ping gets no reply
      And the capture on eth0 in ns3 shows no ARP from 10.0.0.1

    @requires:vlan @requires:tcpdump @requires:ping
    Scenario: A port that also carries a VLAN tagged sends that VLAN's frames with the tag, to a VLAN device behind it
      Given veth1 is an access port of VLAN 10
      And veth3 is an access port of VLAN 20
      And veth3 also carries VLAN 10 tagged
      And eth0 in ns1 has the address 10.0.10.1/24
      And a VLAN eth0.10 with ID 10 on eth0 in ns3
      And eth0.10 in ns3 has the address 10.0.10.3/24
      And a capture on eth0 in ns3
      And a capture on eth0 in ns1
      When ns1 pings 10.0.10.3
      Then the ping gets replies
      And veth3 is a tagged member of VLAN 10
      And the capture on eth0 in ns3 shows ICMP from 10.0.10.1 to 10.0.10.3 in VLAN 10
      And the capture on eth0 in ns1 shows ICMP from 10.0.10.3 to 10.0.10.1 untagged

  Rule: Without VLAN filtering the VLAN table is kept but ignored

    @requires:ping
    Scenario: On a bridge that does not filter, access ports of different VLANs still talk
      Given a bridge br0
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24
      And veth1 is an access port of VLAN 10
      And veth3 is an access port of VLAN 20
      When ns1 pings 10.0.0.3
      Then the ping gets replies
      And br0 does not filter by VLAN
      And veth3 is an untagged member of VLAN 20, its PVID

  Rule: With VLAN filtering, the only learning port that filters unicast itself is not put into promiscuous mode

    Background:
      Given a veth pair up0 -- up1
      And a macvlan mv0 on up0 in bridge mode

    @requires:macvlan
    Scenario: A macvlan as the only port of a VLAN-filtering bridge is not promiscuous
      Given a bridge br0 with VLAN filtering
      And mv0 is attached to br0
      Then mv0 is a port of br0
      And mv0 is not in promiscuous mode

    @requires:macvlan
    Scenario: Without VLAN filtering the same only port is promiscuous
      Given a bridge br0
      And mv0 is attached to br0
      Then mv0 is a port of br0
      And mv0 is in promiscuous mode
      # mutant survives: Then up0 is in promiscuous mode because up0 is the lower device of mv0, which is up: a veth has no unicast filter, so it takes mv0's MAC address only in promiscuous mode

    @requires:macvlan
    Scenario: With a second port both ports are promiscuous
      Given a bridge br0 with VLAN filtering
      And mv0 is attached to br0
      And a veth pair v1 -- v1p
      And v1 is attached to br0
      Then mv0 is in promiscuous mode
      # mutant survives: Then up0 is in promiscuous mode because up0 is the lower device of mv0, which is up: a veth has no unicast filter, so it takes mv0's MAC address only in promiscuous mode
      And v1 is in promiscuous mode
      # mutant survives: Then up0 is in promiscuous mode because up0 is the lower device of mv0, which is up: a veth has no unicast filter, so it takes mv0's MAC address only in promiscuous mode

    @requires:macvlan
    Scenario: When the second port leaves, the only one left leaves promiscuous mode
      Given a bridge br0 with VLAN filtering
      And mv0 is attached to br0
      And a veth pair v1 -- v1p
      And v1 is attached to br0
      When v1 is removed from its bridge
      Then mv0 is not in promiscuous mode
      And v1 is not in promiscuous mode

    @requires:macvlan
    Scenario: A veth, which has no unicast filter, is promiscuous as the only port of a VLAN-filtering bridge
      Given a bridge br0 with VLAN filtering
      And up1 is attached to br0
      Then up1 is a port of br0
      And up1 is in promiscuous mode
      # mutant survives: Then up0 is in promiscuous mode because up0 is the lower device of mv0: a veth has no unicast filter, so it takes mv0's MAC address only in promiscuous mode

  Rule: A VLAN groups hosts between different switches: two bridges joined by a trunk that carries it tagged

        ns1          ns3                                   ns2          ns4
      [eth0]       [eth0]                                [eth0]       [eth0]
     VLAN 10      VLAN 20                               VLAN 10      VLAN 20
        |            |                                     |            |
     [veth1]-(br0)-[veth3]   [trunk0]=======[trunk1]   [veth2]-(br1)-[veth4]
               \______________/                 \_____________/

    Background:
      Given a bridge br0 with VLAN filtering
      And a bridge br1 with VLAN filtering
      And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
      And a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24
      And a namespace ns2 plugged into br1 through veth2, with eth0 at 10.0.0.2/24
      And a namespace ns4 plugged into br1 through veth4, with eth0 at 10.0.0.4/24
      And veth1 is an access port of VLAN 10
      And veth2 is an access port of VLAN 10
      And veth3 is an access port of VLAN 20
      And veth4 is an access port of VLAN 20
      And a veth pair trunk0 -- trunk1
      And trunk0 is attached to br0
      And trunk1 is attached to br1

    @requires:ping
    Scenario: Hosts of one VLAN on two switches talk through a trunk that carries their VLAN
      Given trunk0 also carries VLAN 10 tagged
      And trunk1 also carries VLAN 10 tagged
      When ns1 pings 10.0.0.2
      Then the ping gets replies
      And trunk0 is a tagged member of VLAN 10
      And br1 has learned the MAC address of eth0 in ns1 on port trunk1
      And br0 has learned the MAC address of eth0 in ns2 on port trunk0

    @requires:ping
    Scenario: Hosts of different VLANs on the two switches do not talk across the trunk
      Given trunk0 also carries VLAN 10 tagged
      And trunk1 also carries VLAN 10 tagged
      When ns1 pings 10.0.0.4
      Then the ping gets no reply
      And veth4 is no member of VLAN 10
      # mutant survives: Then veth4 is no member of VLAN 11 because veth4, an access port of VLAN 20, is no member of VLAN 11 either
      # mutant survives: Then br0 is no member of VLAN 10 because the bridge itself is a member of its default VLAN 1 only; VLAN 10 exists on ports

    @requires:ping
    Scenario: Without their VLAN on the trunk, hosts of one VLAN on the two switches do not talk
      When ns1 pings 10.0.0.2
      Then the ping gets no reply
      And trunk0 is no member of VLAN 10
      # mutant survives: Then trunk0 is no member of VLAN 11 because a trunk that carries no VLAN but 1 is no member of VLAN 11 either
      # mutant survives: Then br0 is no member of VLAN 10 because the bridge itself is a member of its default VLAN 1 only; VLAN 10 exists on ports
      And br1 has not learned the MAC address of eth0 in ns1
