@vxlan @requires:vxlan @requires:veth
Feature: VXLAN
  "VXLAN (Virtual eXtensible Local Area Network) is a tunneling protocol
  designed to solve the problem of limited VLAN IDs (4,096) in IEEE 802.1q.
  It is described by IETF RFC 7348."

  Two nodes (namespaces) are joined by an underlay (a veth pair). Each runs a
  VXLAN tunnel endpoint vx0 on its eth0, and the Ethernet frames of the overlay
  travel between them inside UDP datagrams that carry the VNI:

          node1                                     node2
    [vx0] 192.168.42.1/24                     [vx0] 192.168.42.2/24
      |   VNI 42, UDP port 4789                 |   VNI 42, UDP port 4789
    [eth0] 10.0.0.1/24 ===== underlay ===== [eth0] 10.0.0.2/24

  Where the text is incomplete or imprecise, and what the kernel does:
  - "Limited VLAN IDs (4,096)": the 802.1Q VLAN ID has 12 bits, 4,096 values,
    but 0 and 4095 are reserved, so 4,094 VLANs are usable (the kernel's range
    belongs to the vlan feature). The VNI has 24 bits: the kernel accepts 0 to 16777215
    and refuses 16777216 with "VXLAN ID must be lower than 16777216" (ERANGE).
    iproute2 refuses that value itself ("invalid id") without asking the kernel,
    so the kernel's refusal is shown with a netlink request sent directly.
  - RFC 7348 uses IANA's UDP port 4789. Without a port, Linux sends to 8472,
    the port of Linux's VXLAN from before the assignment (IANA gives 8472 to
    OTV, and tcpdump decodes it as OTV), and iproute2 warns about it.
  - The text does not say that encapsulation costs 50 bytes over IPv4 (inner
    Ethernet 14, VXLAN 8, UDP 8, IPv4 20) and 70 over IPv6. The kernel takes it
    off the MTU only when the VXLAN is bound to an underlay device, only when
    it is created (a later change of the underlay's MTU does not follow). A
    larger MTU asked for at creation is quietly cut down to what fits; the
    same value asked for afterwards is refused. Without a device it leaves 1500.
  - RFC 7348 section 4: an endpoint learns behind which remote endpoint an
    inner MAC address lives, and sends frames for unknown MACs to every remote
    in its flood list; Linux keeps both in the VXLAN device's fdb ("remote"
    and "bridge fdb append 00:00:00:00:00:00 ... dst" entries).

  Background:
    Given a namespace node1
    And a namespace node2
    And a veth pair eth0 in node1 -- eth0 in node2
    And eth0 in node1 has the address 10.0.0.1/24
    And eth0 in node2 has the address 10.0.0.2/24

  @requires:tcpdump @requires:ping
  Scenario: The overlay carries Ethernet frames between the nodes inside UDP datagrams tagged with the VNI
    Given a vxlan vx0 in node1 with VNI 42, remote 10.0.0.2, device eth0 and port 4789
    And vx0 in node1 has the address 192.168.42.1/24
    And a vxlan vx0 in node2 with VNI 42, remote 10.0.0.1, device eth0 and port 4789
    And vx0 in node2 has the address 192.168.42.2/24
    And a capture on eth0 in node2
    And a capture on vx0 in node2
    When node1 pings 192.168.42.2
    Then the ping gets replies
    And the capture on eth0 in node2 shows UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42
    And the capture on eth0 in node2 shows ICMP from 192.168.42.1 to 192.168.42.2 inside VNI 42
    And the capture on eth0 in node2 shows ARP from 192.168.42.1 to 192.168.42.2 inside VNI 42
    But the capture on eth0 in node2 shows no ICMP from 192.168.42.1 to 192.168.42.2
    And the capture on vx0 in node2 shows ICMP from 192.168.42.1 to 192.168.42.2
    And the capture on vx0 in node2 shows no UDP to 10.0.0.2 port 4789

  @requires:tcpdump @requires:ping
  Scenario: Endpoints with different VNIs do not talk: the receiver drops what arrives for a VNI it does not have
    Given a vxlan vx0 in node1 with VNI 42, remote 10.0.0.2, device eth0 and port 4789
    And vx0 in node1 has the address 192.168.42.1/24
    And a vxlan vx0 in node2 with VNI 43, remote 10.0.0.1, device eth0 and port 4789
    And vx0 in node2 has the address 192.168.42.2/24
    And a capture on eth0 in node2
    And a capture on vx0 in node2
    When node1 pings 192.168.42.2
    Then the ping gets no reply
    And the capture on eth0 in node2 shows UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42
    And the capture on eth0 in node2 shows ARP from 192.168.42.1 to 192.168.42.2 inside VNI 42
    But the capture on eth0 in node2 shows no UDP from 10.0.0.2 to 10.0.0.1 port 4789 carrying VNI 42
    And the capture on vx0 in node2 shows no ARP from 192.168.42.1

  @requires:tcpdump @requires:ping
  Scenario: Without a remote and without an fdb entry an endpoint has nowhere to send: nothing reaches the underlay
    Given a vxlan vx0 in node1 with VNI 42, device eth0 and port 4789
    And vx0 in node1 has the address 192.168.42.1/24
    And a vxlan vx0 in node2 with VNI 42, remote 10.0.0.1, device eth0 and port 4789
    And vx0 in node2 has the address 192.168.42.2/24
    And a capture on eth0 in node2
    When node1 pings 192.168.42.2
    Then the ping gets no reply
    And the capture on eth0 in node2 shows no UDP from 10.0.0.1 to 10.0.0.2 port 4789

  @requires:tcpdump @requires:ping
  Scenario: An all-zero fdb entry floods frames for unknown MACs to a remote endpoint, in place of a remote
    Given a vxlan vx0 in node1 with VNI 42, device eth0 and port 4789
    And vx0 in node1 floods unknown destinations to 10.0.0.2
    And vx0 in node1 has the address 192.168.42.1/24
    And a vxlan vx0 in node2 with VNI 42, remote 10.0.0.1, device eth0 and port 4789
    And vx0 in node2 has the address 192.168.42.2/24
    And a capture on eth0 in node2
    When node1 pings 192.168.42.2
    Then the ping gets replies
    And the capture on eth0 in node2 shows ARP from 192.168.42.1 to 192.168.42.2 inside VNI 42
    And the capture on eth0 in node2 shows UDP from 10.0.0.1 to 10.0.0.2 port 4789 carrying VNI 42

  @requires:ping
  Scenario: An endpoint learns behind which remote endpoint each inner MAC address lives
    Given a vxlan vx0 in node1 with VNI 42, remote 10.0.0.2, device eth0 and port 4789
    And vx0 in node1 has the address 192.168.42.1/24
    And a vxlan vx0 in node2 with VNI 42, remote 10.0.0.1, device eth0 and port 4789
    And vx0 in node2 has the address 192.168.42.2/24
    When node1 pings 192.168.42.2
    Then the ping gets replies
    And vx0 in node1 has learned that vx0 in node2 is behind 10.0.0.2
    And vx0 in node2 has learned that vx0 in node1 is behind 10.0.0.1

  @requires:ping
  Scenario: With learning off, the endpoint learns nothing and still reaches the remote through its default
    Given a vxlan vx0 in node1 with VNI 42, remote 10.0.0.2, device eth0, port 4789 and learning off
    And vx0 in node1 has the address 192.168.42.1/24
    And a vxlan vx0 in node2 with VNI 42, remote 10.0.0.1, device eth0 and port 4789
    And vx0 in node2 has the address 192.168.42.2/24
    When node1 pings 192.168.42.2
    Then the ping gets replies
    And vx0 in node1 has not learned where vx0 in node2 is
    # mutant survives: Then vx0 in node1 has not learned where vx0 in node1 is because a VXLAN device learns where the other VTEPs are, never where it is itself
    # mutant survives: Then vx0 in node1 has not learned where eth0 in node2 is because eth0 in node2 is no VTEP: no VXLAN device learns where it is
    # mutant survives: Then vx0 in node2 has not learned where vx0 in node2 is because a VXLAN device learns where the other VTEPs are, never where it is itself
    # mutant survives: Then eth0 in node1 has not learned where vx0 in node2 is because eth0 is no VXLAN device: it learns no remote VTEP at all
    But vx0 in node2 has learned that vx0 in node1 is behind 10.0.0.1

  Scenario Outline: The VNI has 24 bits: the kernel accepts <vni>
    Given a vxlan vx1 in node1 with VNI <vni> and port 4789
    Then vx1 in node1 is a vxlan with VNI <vni>

    Examples:
      | vni      |
      | 0        |
      | 16777215 |

  @requires:perl
  Scenario: The kernel refuses VNI 16777216, the first that needs a 25th bit
    When the kernel is asked over netlink for a vxlan vx1 in node1 with VNI 16777216
    Then the kernel refuses it with "VXLAN ID must be lower than 16777216"
    And node1 has no interface vx1

  @requires:perl
  Scenario: The same netlink request with VNI 16777215 is accepted, so the refusal is the kernel's range
    When the kernel is asked over netlink for a vxlan vx1 in node1 with VNI 16777215
    Then vx1 in node1 is a vxlan with VNI 16777215

  Scenario: iproute2 refuses VNI 16777216 itself, so with ip alone the kernel never sees it
    When a vxlan vx1 in node1 is created with VNI 16777216 and port 4789
    Then iproute2 refuses it itself, before asking the kernel, with "invalid id"
    And node1 has no interface vx1

  @kernel-differs
  Scenario: Without a port the kernel uses 8472, not IANA's 4789, and ip warns about it
    When a vxlan vx1 in node1 is created with VNI 42
    Then ip warns "Will use Linux kernel default (non-standard value)"
    And vx1 in node1 sends to UDP port 8472

  Scenario: With port 4789 given, the endpoint uses it
    When a vxlan vx1 in node1 is created with VNI 42 and port 4789
    Then vx1 in node1 sends to UDP port 4789

  @requires:tcpdump @requires:ping @kernel-differs
  Scenario: Endpoints made without a port talk over UDP port 8472
    Given a vxlan vx0 in node1 with VNI 42, remote 10.0.0.2 and device eth0
    And vx0 in node1 has the address 192.168.42.1/24
    And a vxlan vx0 in node2 with VNI 42, remote 10.0.0.1 and device eth0
    And vx0 in node2 has the address 192.168.42.2/24
    And a capture on eth0 in node2
    When node1 pings 192.168.42.2
    Then the ping gets replies
    And the capture on eth0 in node2 shows UDP from 10.0.0.1 to 10.0.0.2 port 8472 carrying VNI 42
    But the capture on eth0 in node2 shows no UDP to 10.0.0.2 port 4789

  Scenario Outline: Bound to an underlay of MTU <underlay>, the VXLAN's MTU is <underlay> - 50 over IPv4
    Given the MTU of eth0 in node1 is set to <underlay>
    And a vxlan vx1 in node1 with VNI 42, local 10.0.0.1, device eth0 and port 4789
    Then the MTU of vx1 in node1 is <vxlan>

    Examples:
      | underlay | vxlan |
      | 1500     | 1450  |
      | 9000     | 8950  |

  Scenario: Over an IPv6 underlay the encapsulation costs 70 bytes
    Given eth0 in node1 has the address fd00::1/64
    And a vxlan vx1 in node1 with VNI 42, local fd00::1, device eth0 and port 4789
    Then the MTU of vx1 in node1 is 1430

  Scenario: Without an underlay device the kernel leaves the MTU at 1500, as if nothing were added
    Given a vxlan vx1 in node1 with VNI 42, remote 10.0.0.2 and port 4789
    Then the MTU of vx1 in node1 is 1500
    # mutant survives: Then the MTU of eth0 in node1 is 1500 because eth0 keeps the default MTU of 1500 as well; a vxlan over an underlay is the contrast (1450, 1430 in the scenarios around it)

  Scenario Outline: Asked at creation for an MTU of <asked>, the kernel accepts the request and sets <mtu>
    Given a vxlan vx1 in node1 with VNI 42, device eth0, port 4789 and mtu <asked>
    Then the MTU of vx1 in node1 is <mtu>

    Examples:
      | asked | mtu  |
      | 1400  | 1400 |
      | 1600  | 1450 |

  Scenario: Once created, the kernel refuses an MTU above what the underlay can carry
    Given a vxlan vx1 in node1 with VNI 42, device eth0 and port 4789
    When the MTU of vx1 in node1 is set to 1451
    Then the kernel refuses it with "Invalid argument"
    And the MTU of vx1 in node1 is 1450

  Scenario: An MTU the underlay can carry is accepted
    Given a vxlan vx1 in node1 with VNI 42, device eth0 and port 4789
    When the MTU of vx1 in node1 is set to 1400
    Then the MTU of vx1 in node1 is 1400

  Scenario: The MTU is derived once, at creation: lowering the underlay's MTU later leaves the VXLAN's as it was
    Given the MTU of eth0 in node1 is set to 9000
    And a vxlan vx1 in node1 with VNI 42, device eth0 and port 4789
    When the MTU of eth0 in node1 is set to 1500
    # mutant survives: Then the MTU of eth0 in node2 is 1500 because eth0 in node2 keeps the default MTU of 1500; only node1's underlay was changed
    Then the MTU of eth0 in node1 is 1500
    But the MTU of vx1 in node1 is 8950
