Feature: how the runner reports each kind of outcome

  Scenario: passes
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
    Then veth1 is in promiscuous mode

  Scenario: fails on a fact the kernel contradicts
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.1/24
    Then br0 is in promiscuous mode

  Scenario: uses a step nobody defined
    Given a bridge br0
    And a flux capacitor between br0 and the past

  Scenario: writes a step close to an existing one
    Given a bridge br0
    Then br0 have learned the MAC of veth1

  Scenario: gives an interface name a shell would interpret
    Given a bridge "br0;touch /tmp/netspec-pwned"

  Scenario: gives an invalid address
    Given a bridge br0
    And a namespace ns1 plugged into br0 through veth1, with eth0 at 10.0.0.300/24

  @requires:warp-drive
  Scenario: requires a capability nobody knows
    Given a bridge br0
