@veth @requires:veth @requires:ping
Feature: veth pairs
  "The VETH (virtual Ethernet) device is a local Ethernet tunnel. Devices are
  created in pairs, packets transmitted on one device in the pair are
  immediately received on the other device. When either device is down, the
  link state of the pair is down."

      ns1                      ns2
    [veth-a] ================ [veth-b]
   10.0.1.1/24              10.0.1.2/24

  Where the kernel says more than the text:
  - "When either device is down, the link state of the pair is down": the end
    that was set down is administratively down; the other end stays
    administratively UP but loses its carrier (NO-CARRIER) and its operational
    state becomes DOWN.
  - Deleting either end deletes the pair; the text does not say so.

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

  Scenario: When one end goes down, the other end loses its carrier
    When veth-a in ns1 is set down
    Then veth-b in ns2 has no carrier
    And veth-b in ns2 is still administratively up
    And the operational state of veth-b in ns2 is DOWN

  Scenario: Carrier comes back when the end goes up again
    When veth-a in ns1 is set down
    And veth-a in ns1 is set up
    Then veth-b in ns2 has carrier

  Scenario: Deleting one end deletes both
    When veth-a in ns1 is deleted
    Then ns2 has no interface veth-b
    And ns1 has no interface veth-a
