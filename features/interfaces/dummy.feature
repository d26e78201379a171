@dummy @requires:dummy @requires:ping
Feature: dummy interface
  "A dummy interface is entirely virtual like, for example, the loopback
  interface. The purpose of a dummy interface is to provide a device to route
  packets through without actually transmitting them."

  This kernel feature is a module (dummy, CONFIG_DUMMY). On a target without it
  every scenario here is skipped, naming what is missing and how to get it.

  Scenario: An address on a dummy interface is local and answers
    Given a dummy interface dummy0
    And dummy0 has the address 10.9.0.1/32
    When the host pings 10.9.0.1
    Then the ping gets replies
    And dummy0 has carrier
