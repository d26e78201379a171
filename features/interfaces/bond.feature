@bond @requires:bond @requires:veth @requires:bridge @requires:ping
Feature: Bonded interface
  "Bonding driver provides a method for aggregating multiple network
  interfaces into a single logical "bonded" interface. The behavior of the
  bonded interface depends on the mode; generally speaking, modes provide
  either hot standby or load balancing services."

  The bond lives in the namespace server; its two ports p1 and p2 are veth
  ends whose peers s1 and s2 are ports of br0, the switch the server is
  plugged into twice. ns1 is a station on the same switch:

        server                                   ns1
    (bond0) 10.0.0.254/24                      [eth0] 10.0.0.1/24
      [p1]       [p2]                            |
        |          |                             |
      [s1]-------[s2]---------(br0)----------[veth1]      the host: the switch

  A port fails when its peer goes down: the port loses its carrier, as a
  NIC does when its cable is pulled.

  Where the kernel says more than the text:
  - Hot standby needs link monitoring. `ip link add ... type bond` leaves
    miimon at 0: such a bond never checks its ports' links, keeps sending on
    a port that has lost its carrier, and traffic stops. With miimon it
    fails over to another port at its next check (ARP monitoring,
    arp_interval, is the other way to notice; it is not shown here).
  - The kernel takes only ports that are down ("Device can not be enslaved
    while up"); the bond brings them up itself.
  - Every port sends with the bond's MAC address, which is the first port's:
    the others keep their own only as "perm_hwaddr".
  - "Load balancing" spreads what the bond transmits; what it receives is
    up to the switch. balance-rr sends one frame per port in turn, so even a
    single conversation uses every port; active-backup uses the active port
    only.

  Background:
    Given a bridge br0
    And a namespace server
    And a veth pair p1 in server -- s1
    And a veth pair p2 in server -- s2
    And s1 is attached to br0
    And s2 is attached to br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24

  Rule: In active-backup mode one port carries the traffic, and another takes over when it fails

    Scenario: The first port to join is the active one, the other waits as a backup
      Given a bond bond0 in server in active-backup mode, checking the link of its ports every 100 ms
      And p1 in server joins the bond bond0
      And p2 in server joins the bond bond0
      And bond0 in server has the address 10.0.0.254/24
      When ns1 pings 10.0.0.254
      Then the ping gets replies
      And within 3 seconds the active port of bond0 in server is p1
      And the bond port p1 in server is active
      And the bond port p2 in server is backup
      And p1 in server is a port of bond0
      # mutant survives: Then p2 in server is a port of bond0 because both veths joined the bond, so p2 is a port of bond0 as well
      And p1 in server has the same MAC address as bond0 in server
      And p2 in server has the same MAC address as bond0 in server
      # mutant survives: Then p2 in server has the same MAC address as p1 in server because an active-backup bond gives all its ports its own MAC address, so p1 and p2 have the same one

    Scenario: When the active port loses its link, the backup takes over and traffic keeps flowing
      Given a bond bond0 in server in active-backup mode, checking the link of its ports every 100 ms
      And p1 in server joins the bond bond0
      And p2 in server joins the bond bond0
      And bond0 in server has the address 10.0.0.254/24
      And within 3 seconds the active port of bond0 in server is p1
      When s1 is set down
      Then p1 in server has no carrier
      And the bond saw the link of p1 in server fail
      And within 3 seconds the active port of bond0 in server is p2
      And the bond port p1 in server is backup
      When ns1 pings 10.0.0.254
      Then the ping gets replies
      And bond0 in server has carrier

    Scenario: Without link monitoring the bond does not notice the failure, and traffic stops
      Given a bond bond0 in server in active-backup mode
      And p1 in server joins the bond bond0
      And p2 in server joins the bond bond0
      And bond0 in server has the address 10.0.0.254/24
      And within 3 seconds the active port of bond0 in server is p1
      When s1 is set down
      Then bond0 in server does not check the link of its ports
      And p1 in server has no carrier
      But the bond did not see the link of p1 in server fail
      And the active port of bond0 in server stays p1
      When ns1 pings 10.0.0.254
      Then the ping gets no reply

    Scenario: With no port left with a link, the bond has no active port and traffic stops
      Given a bond bond0 in server in active-backup mode, checking the link of its ports every 100 ms
      And p1 in server joins the bond bond0
      And p2 in server joins the bond bond0
      And bond0 in server has the address 10.0.0.254/24
      When s1 is set down
      And s2 is set down
      Then bond0 in server has no active port
      And bond0 in server has no carrier
      When ns1 pings 10.0.0.254
      Then the ping gets no reply

  Rule: A bond takes only ports that are down

    Scenario: A port that is up is refused
      Given a bond bond0 in server in active-backup mode, checking the link of its ports every 100 ms
      When p1 in server is added to the bond bond0 while it is up
      Then the kernel refuses it with "Device can not be enslaved while up"
      And p1 in server has no master
      # mutant survives: Then p2 in server has no master because only p1 was offered to the bond, so p2 has no master either

    Scenario: A port that is down is taken, and brought up by the bond
      Given a bond bond0 in server in active-backup mode, checking the link of its ports every 100 ms
      When p1 in server joins the bond bond0
      Then p1 in server is a port of bond0
      And p1 in server is still administratively up
      # mutant survives: Then p2 in server is still administratively up because p2, which stays out of the bond here, is up as well: the claim is about the port the bond took
      And bond0 in server checks the link of its ports every 100 ms

  Rule: The mode decides over which ports the bond transmits

    Background:
      Given the host and every namespace keep quiet: no IPv6, no IGMP reports for link-local groups

    Scenario: In balance-rr mode even one conversation is spread over every port
      Given a bond bond0 in server in balance-rr mode, checking the link of its ports every 100 ms
      And p1 in server joins the bond bond0
      And p2 in server joins the bond bond0
      And bond0 in server has the address 10.0.0.254/24
      When server pings 10.0.0.1
      And the frames p1 in server sends and receives are counted from now on
      And the frames p2 in server sends and receives are counted from now on
      And server pings 10.0.0.1 20 times
      Then the ping gets replies
      And p1 in server has transmitted at least 8 frames since counting began
      And p2 in server has transmitted at least 8 frames since counting began
      And the bond port p1 in server is active
      And the bond port p2 in server is active

    Scenario: In active-backup mode only the active port transmits
      Given a bond bond0 in server in active-backup mode, checking the link of its ports every 100 ms
      And p1 in server joins the bond bond0
      And p2 in server joins the bond bond0
      And bond0 in server has the address 10.0.0.254/24
      When server pings 10.0.0.1
      And the frames p1 in server sends and receives are counted from now on
      And the frames p2 in server sends and receives are counted from now on
      And server pings 10.0.0.1 20 times
      Then the ping gets replies
      And p1 in server has transmitted at least 20 frames since counting began
      But p2 in server has transmitted no frame since counting began
