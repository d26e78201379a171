@tun @requires:tun @requires:perl @requires:ping
Feature: tun devices
  "Network TUNnel, simulates a network layer device and operates in layer 3
  carrying IP packets."

  A tun device is one end of a pipe between the kernel's IP stack and a
  process: what the kernel routes to the device, the process reads from the
  file descriptor it got by opening /dev/net/tun, one whole IP packet per
  read, with no link-layer header in front.

      the host                          a process
    10.9.0.1/24 [tun0] ===== fd ====> (reads IP packets)

  The process here is netspec's reader, a short perl script
  (src/main/resources/assets/tun-reader.pl) that opens /dev/net/tun, attaches
  with the TUNSETIFF ioctl and writes each packet it reads as a line of hex.
  It is sent to the target through the sandbox's shell, so it needs nothing
  installed there but perl-base, which Debian marks Essential (always
  present). A C program would need a compiler on the target; socat's TUN
  address writes a byte stream without packet boundaries; python3 is not
  guaranteed.

  Where the kernel says more than the text:
  - The text does not say that a tun device has carrier only while a process
    holds it open: a device made persistent with `ip tuntap add` stays, up but
    NO-CARRIER, while nobody reads it, and routes through it lead nowhere.
  - The kernel gives a tun device no MAC address (link type "none") and the
    flags POINTOPOINT and NOARP: there is no neighbour resolution on it.
  - A tun device does carry IPv6: the kernel gives it a random link-local
    address and sends router solicitations, which the reader receives too.

  Background:
    Given a persistent tun device tun0
    And tun0 has the address 10.9.0.1/24

  Scenario: A tun device is a layer-3 device: no MAC address, point-to-point, no ARP
    Then tun0 is a layer-3 device: link type none, no MAC address, flags POINTOPOINT and NOARP

  Scenario: The reader of a tun device receives the IP packets routed to it, with no Ethernet header
    When a process attaches to tun0 and reads it
    And the host pings 10.9.0.2
    Then the reader of tun0 has read an IPv4 packet from 10.9.0.1 to 10.9.0.2, with no link-layer header before it
    And every packet the reader of tun0 has read starts with IP version 4 or 6
    But the reader of tun0 has read packets, but no Ethernet frame carrying an IPv4 packet from 10.9.0.1 to 10.9.0.2
    # mutant survives: Then the reader of tun0 has read packets, but no Ethernet frame carrying an IPv4 packet from 10.9.0.1 to 10.9.0.1 because no packet goes from 10.9.0.1 to itself through tun0: the packet from 10.9.0.1 to 10.9.0.2, without an Ethernet header, read two steps before is the contrast
    # mutant survives: Then the reader of tun0 has read packets, but no Ethernet frame carrying an IPv4 packet from 10.9.0.2 to 10.9.0.2 because no packet goes from 10.9.0.2 to itself through tun0: the packet from 10.9.0.1 to 10.9.0.2, without an Ethernet header, read two steps before is the contrast

  Scenario: Without ARP, the kernel sends the packet at once and learns no neighbour
    When a process attaches to tun0 and reads it
    And the host pings 10.9.0.2
    Then the reader of tun0 has read an IPv4 packet from 10.9.0.1 to 10.9.0.2, with no link-layer header before it
    And the host has no neighbour entry for 10.9.0.2
    # mutant survives: Then the host has no neighbour entry for 10.9.0.1 because 10.9.0.1 is the host's own address on tun0: the host keeps no neighbour entry for itself

  Scenario: A persistent tun device nobody holds has no carrier
    Then tun0 has no carrier
    And tun0 is still administratively up
    And the operational state of tun0 is DOWN

  Scenario: The tun device gets its carrier when a process attaches, and loses it when the process exits
    When a process attaches to tun0 and reads it
    Then tun0 has carrier
    When the process reading tun0 exits
    Then tun0 has no carrier
    But the host still has an interface tun0

  Scenario: A tun device a process created without persistence vanishes with the process
    When a process creates the tun device tun1 and reads it
    Then tun1 is a layer-3 device: link type none, no MAC address, flags POINTOPOINT and NOARP
    # mutant survives: Then tun0 is a layer-3 device: link type none, no MAC address, flags POINTOPOINT and NOARP because tun0, the tun device of the Background, is one as well
    When the process reading tun1 exits
    Then the host has no interface tun1
