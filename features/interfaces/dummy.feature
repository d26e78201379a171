@dummy @requires:dummy @requires:ping
Feature: dummy interface
  "A dummy interface is entirely virtual like, for example, the loopback
  interface. The purpose of a dummy interface is to provide a device to route
  packets through without actually transmitting them."

  This kernel feature is a module (dummy, CONFIG_DUMMY). On a target without it
  every scenario here is skipped, naming what is missing and how to get it.

  Where the kernel says more than the text:
  - An address on a dummy is an address of the host like any other: it
    answers from every interface, and traffic to it never touches the dummy
    (its counters stay still), as with an address on lo.
  - A packet routed through a dummy is counted as transmitted, and then
    dropped: nothing receives it, and no reply comes. The dummy has NOARP, so
    the kernel does not even ask who has the destination.
  - "like the loopback interface" stops there: lo hands back in whatever is
    routed into it (it receives every frame it sends), a dummy receives
    nothing, ever.

        ns1                     the host
    [eth0] 10.0.0.1/24 ====== [veth1] 10.0.0.254/24
                               (dummy0) 10.9.0.1/32, and the route to 10.9.9.0/24

  Scenario: An address on a dummy interface is local and answers
    Given a dummy interface dummy0
    And dummy0 has the address 10.9.0.1/32
    When the host pings 10.9.0.1
    Then the ping gets replies
    And dummy0 has carrier

  @requires:veth
  Scenario: The address of a dummy answers another namespace, and no frame crosses the dummy
    Given a dummy interface dummy0
    And dummy0 has the address 10.9.0.1/32
    And a namespace ns1
    And a veth pair veth1 -- eth0 in ns1
    And veth1 has the address 10.0.0.254/24
    And eth0 in ns1 has the address 10.0.0.1/24
    And ns1 has a route to 10.9.0.0/24 via 10.0.0.254
    And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups
    When the frames dummy0 sends and receives are counted from now on
    And ns1 pings 10.9.0.1 5 times
    Then the ping gets replies
    And dummy0 has transmitted no frame since counting began
    And dummy0 has received no frame since counting began

  Scenario: Packets routed through a dummy are counted as transmitted, and go nowhere
    Given a dummy interface dummy0
    And dummy0 has the address 10.9.0.1/32
    And the host has a route to 10.9.9.0/24 through dummy0
    And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups
    When the frames dummy0 sends and receives are counted from now on
    And the host pings 10.9.9.9 5 times
    Then the ping gets no reply
    And dummy0 has transmitted at least 5 frames since counting began
    But dummy0 has received no frame since counting began
    And dummy0 has the flag NOARP
    # mutant survives: Then dummy0 has the flag UP because dummy0 is up too; the negation, 'does not have the flag NOARP', is killed
    And the host has no neighbour entry for 10.9.9.9
    # mutant survives: Then the host has no neighbour entry for 10.9.9.0 because nothing was sent to 10.9.9.0 either, so the host has no entry for it

  @requires:tcpdump
  Scenario: A capture on the dummy shows the packets routed through it, and no answer
    Given a dummy interface dummy0
    And dummy0 has the address 10.9.0.1/32
    And the host has a route to 10.9.9.0/24 through dummy0
    And a capture on dummy0
    When the host pings 10.9.9.9
    Then the ping gets no reply
    And the capture on dummy0 shows ICMP from 10.9.0.1 to 10.9.9.9
    But the capture on dummy0 shows no ICMP from 10.9.9.9
    And the capture on dummy0 shows no ARP

  Scenario: Packets not routed through the dummy leave its counters alone
    Given a dummy interface dummy0
    And dummy0 has the address 10.9.0.1/32
    And the host has a route to 10.9.9.0/24 through dummy0
    And a dummy interface dummy1
    And the host has a route to 10.8.8.0/24 through dummy1
    And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups
    When the frames dummy0 sends and receives are counted from now on
    And the frames dummy1 sends and receives are counted from now on
    And the host pings 10.8.8.8 5 times
    Then the ping gets no reply
    And dummy0 has transmitted no frame since counting began
    But dummy1 has transmitted at least 5 frames since counting began

  @requires:veth
  Scenario: Packets from another namespace routed through the dummy by a forwarding host go nowhere too
    Given a dummy interface dummy0
    And the host has a route to 10.9.9.0/24 through dummy0
    And a namespace ns1
    And a veth pair veth1 -- eth0 in ns1
    And veth1 has the address 10.0.0.254/24
    And eth0 in ns1 has the address 10.0.0.1/24
    And ns1 has a route to 10.9.9.0/24 via 10.0.0.254
    And the host forwards IPv4
    And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups
    When the frames dummy0 sends and receives are counted from now on
    And ns1 pings 10.9.9.9 5 times
    Then the ping gets no reply
    And dummy0 has transmitted at least 5 frames since counting began
    But dummy0 has received no frame since counting began

  Scenario: Unlike a dummy, loopback receives back every packet routed into it
    Given the host has a route to 10.7.7.0/24 through lo
    And the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups
    When the frames lo sends and receives are counted from now on
    And the host pings 10.7.7.7 5 times
    Then the ping gets no reply
    And lo has transmitted at least 5 frames since counting began
    And lo has received every frame lo sent, at least 5
