@macvlan @requires:macvlan @requires:veth @requires:bridge @requires:ping
Feature: macvlan
  "With MACVLAN, you can create multiple interfaces with different Layer 2
  (that is, Ethernet MAC) addresses on top of a single one."

  The single interface (the parent) is up0 here, one end of a veth pair whose
  other end, up1, is a port of the bridge br0: br0 plays the external switch
  the parent is plugged into. The children live in namespaces, as containers
  would.

        ns1            ns2
       [mv1]          [mv2]            the host: up0 10.0.0.254/24
     10.0.0.1/24    10.0.0.2/24
          \            /
           \          /
            [  up0  ]=========[up1]--(br0)    the "external switch"
             parent     veth

  The mode decides who talks to whom:
  - bridge: the children talk to each other inside the parent, without the
    frames leaving it;
  - vepa: every frame leaves through the parent; children talk only when the
    switch sends the frame back out of the port it came in (hairpin);
  - private: children never talk to each other, hairpin or not;
  - passthru: one child only, which takes over the parent and its MAC.

  Where a ping gets no reply, the capture on up1, the switch's side of the
  parent, shows that the requests left through the parent and no answer came
  back. Here the switch br0 lives in the host's namespace, which owns the
  parent's address: it answers a child's ARP request for 10.0.0.254 through
  br0 (any local address, any interface), so the child's echo requests do
  leave; the host's answer goes out through the parent, never into the child.

  Where the kernel says more than the text:
  - In every mode the children cannot reach the parent's own address, and the
    parent cannot reach them: a child's frame for the parent leaves through
    the parent instead of entering it. Only a switch that sends the frame
    back (hairpin) makes it arrive; the usual remedy is a macvlan for the
    host itself, on the same parent.
  - "multiple interfaces ... on top of a single one": not in passthru mode,
    where the kernel refuses a second macvlan ("Invalid argument") and the
    one child takes the parent's MAC address instead of its own.

  Background:
    Given a bridge br0
    And a veth pair up0 -- up1
    And up1 is attached to br0
    And up0 has the address 10.0.0.254/24
    And a namespace ns1
    And a namespace ns2

  Scenario: Macvlans on one parent each have a MAC address of their own
    Given a macvlan mv1 on up0 in bridge mode, in ns1 with address 10.0.0.1/24
    And a macvlan mv2 on up0 in bridge mode, in ns2 with address 10.0.0.2/24
    Then mv1 in ns1 is a macvlan on up0 in bridge mode
    And mv2 in ns2 is a macvlan on up0 in bridge mode
    And mv1 in ns1 and mv2 in ns2 have different MAC addresses
    And mv1 in ns1 and up0 have different MAC addresses
    # mutant survives: Then mv1 in ns1 and br0 have different MAC addresses because br0, the bridge the parent hangs on, has a MAC address of its own as well
    And mv2 in ns2 and up0 have different MAC addresses
    # mutant survives: Then mv2 in ns2 and br0 have different MAC addresses because br0, the bridge the parent hangs on, has a MAC address of its own as well

  Scenario: In bridge mode the children talk to each other without their frames leaving the parent
    Given a macvlan mv1 on up0 in bridge mode, in ns1 with address 10.0.0.1/24
    And a macvlan mv2 on up0 in bridge mode, in ns2 with address 10.0.0.2/24
    And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups
    When ns1 pings 10.0.0.2
    And the frames up0 sends and receives are counted from now on
    And ns1 pings 10.0.0.2 20 times
    Then the ping gets replies
    And up0 has transmitted no frame since counting began

  Scenario: In vepa mode every frame leaves through the parent, and comes back only by the switch's hairpin
    Given hairpin is switched on on port up1
    And a macvlan mv1 on up0 in vepa mode, in ns1 with address 10.0.0.1/24
    And a macvlan mv2 on up0 in vepa mode, in ns2 with address 10.0.0.2/24
    And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups
    When ns1 pings 10.0.0.2
    And the frames up0 sends and receives are counted from now on
    And ns1 pings 10.0.0.2 20 times
    Then the ping gets replies
    And up0 has transmitted at least 40 frames since counting began
    And br0 has learned the MAC address of mv1 in ns1 on port up1
    And br0 has learned the MAC address of mv2 in ns2 on port up1

  @requires:tcpdump
  Scenario: In vepa mode, without hairpin on the switch, the children do not reach each other
    Given a macvlan mv1 on up0 in vepa mode, in ns1 with address 10.0.0.1/24
    And a macvlan mv2 on up0 in vepa mode, in ns2 with address 10.0.0.2/24
    And a capture on up1
    When ns1 pings 10.0.0.2
    Then the ping gets no reply
    And the capture on up1 shows ARP from 10.0.0.1 to 10.0.0.2
    But the capture on up1 shows no ARP from 10.0.0.2

  @requires:tcpdump
  Scenario: In private mode the children do not reach each other, even with hairpin on the switch
    Given hairpin is switched on on port up1
    And a macvlan mv1 on up0 in private mode, in ns1 with address 10.0.0.1/24
    And a macvlan mv2 on up0 in private mode, in ns2 with address 10.0.0.2/24
    And a capture on up1
    When ns1 pings 10.0.0.2
    Then the ping gets no reply
    And the capture on up1 shows ARP from 10.0.0.1 to 10.0.0.2
    But the capture on up1 shows no ARP from 10.0.0.2

  Scenario: In private mode a child still reaches a station beyond the switch
    Given a namespace ns3 plugged into br0 through veth3, with eth0 at 10.0.0.3/24
    And a macvlan mv1 on up0 in private mode, in ns1 with address 10.0.0.1/24
    When ns1 pings 10.0.0.3
    Then the ping gets replies
    And br0 has learned the MAC address of mv1 in ns1 on port up1

  @requires:tcpdump
  Scenario Outline: In <mode> mode a child cannot reach the parent's own address
    Given a macvlan mv1 on up0 in <mode> mode, in ns1 with address 10.0.0.1/24
    And a capture on up1
    When ns1 pings 10.0.0.254
    Then the ping gets no reply
    And the capture on up1 shows ICMP from 10.0.0.1 to 10.0.0.254
    But the capture on up1 shows no ICMP from 10.0.0.254

    Examples:
      | mode    |
      | bridge  |
      | vepa    |
      | private |

  Scenario: A child reaches the parent's address when the switch sends its frames back (hairpin)
    Given hairpin is switched on on port up1
    And a macvlan mv1 on up0 in bridge mode, in ns1 with address 10.0.0.1/24
    When ns1 pings 10.0.0.254
    Then the ping gets replies

  Scenario: The host reaches its children once its address moves to a macvlan of its own on the same parent
    Given a macvlan mv1 on up0 in bridge mode, in ns1 with address 10.0.0.1/24
    And a macvlan mv0 on up0 in bridge mode
    And the address 10.0.0.254/24 is moved from up0 to mv0
    When ns1 pings 10.0.0.254
    Then the ping gets replies
    And ns1 resolves 10.0.0.254 to the MAC address of mv0

  Scenario: In passthru mode the only child takes over the parent's MAC address
    Given a macvlan mv1 on up0 in passthru mode
    Then mv1 is a macvlan on up0 in passthru mode
    And mv1 has the same MAC address as up0
    And up0 is in promiscuous mode

  Scenario: In passthru mode the parent takes no second child
    Given a macvlan mv1 on up0 in passthru mode
    When another macvlan mv2 is added on up0 in passthru mode
    Then the kernel refuses it with "Invalid argument"
    And the host has no interface mv2

  Scenario: In bridge mode the parent takes a second child
    Given a macvlan mv1 on up0 in bridge mode
    When another macvlan mv2 is added on up0 in bridge mode
    Then mv2 is a macvlan on up0 in bridge mode
    And mv1 and mv2 have different MAC addresses
    # mutant survives: Then mv1 and br0 have different MAC addresses because br0, the bridge the parent hangs on, has a MAC address of its own as well
    # mutant survives: Then br0 and mv2 have different MAC addresses because br0, the bridge the parent hangs on, has a MAC address of its own as well

  Scenario Outline: A passthru parent refuses a second macvlan in <mode> mode too
    Given a macvlan mv1 on up0 in passthru mode
    When another macvlan mv2 is added on up0 in <mode> mode
    Then the kernel refuses it with "Invalid argument"
    And the host has no interface mv2

    Examples:
      | mode    |
      | bridge  |
      | vepa    |
      | private |

  Scenario Outline: A <mode> child reaches the parent's address when the switch sends its frames back (hairpin)
    Given hairpin is switched on on port up1
    And a macvlan mv1 on up0 in <mode> mode, in ns1 with address 10.0.0.1/24
    When ns1 pings 10.0.0.254
    Then the ping gets replies

    Examples:
      | mode    |
      | vepa    |
      | private |
