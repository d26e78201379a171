@bridge @requires:bridge @requires:veth @requires:ping
Feature: Linux bridge
  "A bridge behaves like a network switch. It forwards packets between
  interfaces that are connected to it." It learns which MAC address lives
  behind which port, puts its ports into promiscuous mode, can itself hold an
  IP address, and cannot be a port of another bridge.

        ns1                 ns2
      [eth0]              [eth0]
    10.0.0.1/24         10.0.0.2/24
        |                   |
     [veth1]----(br0)----[veth2]        the sandbox's host namespace

  Where the kernel says more than the text:
  - "All attached devices are switched into the promiscuous mode": the kernel
    counts it (promiscuity 1) without setting the user-visible PROMISC flag, so
    `ip link` shows no PROMISC; `ip -d link` shows "promiscuity 1".
  - "You cannot bridge a Linux bridge directly by or with another Linux
    bridge": the kernel refuses with "Can not enslave a bridge to a bridge".
  - "The bridge itself (not a tap device at a port!) can get an IP address":
    an address on a port is held, but useless. Frames arriving on a port
    belong to the bridge, so an answer to that address never reaches it.
  - Switching learning off on a port does not forget what was learned on it
    before: a namespace's eth0 sends IPv6 neighbour discovery and MLD frames as
    soon as it comes up, so the bridge has usually learned its MAC already.
    The contrasting scenario flushes the learned entries first.

  Background:
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
    And a namespace ns2 plugged into br0 through veth2, with eth0 at 10.0.0.2/24

  Scenario: The bridge learns each MAC address on the port it came from
    When ns1 pings 10.0.0.2
    Then the ping gets replies
    And br0 has learned the MAC address of eth0 in ns1 on port veth1
    And br0 has learned the MAC address of eth0 in ns2 on port veth2

  Scenario: With learning off on a port, the MAC behind it is not learned, and frames to it are flooded
    Given learning is switched off on port veth1
    And br0 forgets the addresses it has learned
    When ns1 pings 10.0.0.2
    Then the ping gets replies
    And br0 has not learned the MAC address of eth0 in ns1
    But br0 has learned the MAC address of eth0 in ns2 on port veth2

  Scenario: Every port of the bridge is in promiscuous mode, the bridge device itself is not
    Then veth1 is in promiscuous mode
    And veth2 is in promiscuous mode
    But br0 is not in promiscuous mode
    And eth0 in ns1 is not in promiscuous mode

  Scenario: A device leaves promiscuous mode when it leaves the bridge
    When veth1 is removed from its bridge
    Then veth1 has no master
    # mutant survives: Then br0 has no master because br0 is itself a port of nothing, so it has no master either; "veth1 is a port of br0" below is the contrast
    And veth1 is not in promiscuous mode
    But veth2 is in promiscuous mode

  Scenario: The bridge itself holds an IP address that the namespaces reach
    Given br0 has the address 10.0.0.254/24
    When ns1 pings 10.0.0.254
    Then the ping gets replies
    And ns1 resolves 10.0.0.254 to the MAC address of br0
    # mutant survives: Then ns1 resolves 10.0.0.254 to the MAC address of veth1 because br0 has no MAC address of its own: it carries the lowest of its ports', which may be veth1's

  Scenario: Without an address on the bridge, the host does not answer
    When ns1 pings 10.0.0.254
    Then the ping gets no reply

  Scenario: Through the address on the bridge, the host reaches the namespaces behind its ports
    Given br0 has the address 10.0.0.254/24
    When the host pings 10.0.0.1
    Then the ping gets replies
    And the host resolves 10.0.0.1 to the MAC address of eth0 in ns1

  Scenario: An address on a port of the bridge, not on the bridge, reaches no namespace
    # "not a tap device at a port!": the host's ARP request leaves through veth1 and ns1 learns who asked, but
    # ns1's answer comes back into veth1, where the bridge takes it before veth1's own address could
    Given veth1 has the address 10.0.0.254/24
    When the host pings 10.0.0.1
    Then the ping gets no reply
    But ns1 resolves 10.0.0.254 to the MAC address of veth1
    # mutant survives: Then ns1 resolves 10.0.0.254 to the MAC address of br0 because br0 carries the lowest of its ports' MAC addresses, which is veth1's in about half the runs

  Scenario: A bridge cannot be a port of another bridge
    Given a bridge br1
    When br1 is attached to br0
    Then the kernel refuses it with "Can not enslave a bridge to a bridge"
    And br1 has no master
    # mutant survives: Then br0 has no master because br0 is itself a port of nothing; the claim is about br1, the bridge that was refused as its port
    But veth1 is a port of br0

  Scenario: From the bridge's side, its ports are the host ends of the namespaces' veths
    Then the ports of br0 are veth1 and veth2

  Scenario: A port removed from the bridge is no longer among its ports
    When veth1 is removed from its bridge
    Then the ports of br0 are veth2

  Scenario: A new bridge has no ports
    Given a bridge br1
    Then br1 has no ports
    But the ports of br0 are veth1 and veth2

  Scenario: A bridge created in a namespace is that namespace's own, with its ports there
    Given a bridge br9 in ns1
    And a veth pair p1 in ns1 -- p2 in ns1
    And p1 in ns1 is attached to br9
    Then the ports of br9 in ns1 are p1
    And p1 in ns1 is a port of br9
    And p1 in ns1 is in promiscuous mode
    But the host has no interface br9
