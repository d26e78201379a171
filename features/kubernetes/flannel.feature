@flannel @requires:vxlan @requires:bridge @requires:veth @requires:ping
Feature: flannel's VXLAN backend: pods on different nodes talk through flannel.1
  The source text's "flannel" machine shows how flannel connects the pods of a
  cluster: each node leases a subnet of 10.244.0.0/16 for its pods, owns a VTEP
  flannel.1 (VXLAN, VNI 1, UDP port 8472, no learning) holding the subnet's first
  address as a /32, and, for every other node, an on-link route to its pod subnet
  through flannel.1, a permanent neighbour entry for its VTEP address and an fdb
  entry sending its VTEP MAC to its underlay address. Pods hang off the node's
  cni0 bridge, whose address is their gateway. Here flanneld's work is done by
  the steps themselves; nodes and pods are namespaces of the scenario.

    pod1 10.244.1.2        pod2 10.244.2.2        pod3 10.244.3.2
         |                      |                      |
    (cni0 10.244.1.1)      (cni0 10.244.2.1)      (cni0 10.244.3.1)
    [flannel.1 10.244.1.0] [flannel.1 10.244.2.0] [flannel.1 10.244.3.0]
    node1 eth0             node2 eth0             node3 eth0
    192.168.56.11          192.168.56.12          192.168.56.13
         \____________________ (underlay) ___________/     the sandbox's host

  Where the kernel says more than the text:
  - tcpdump decodes UDP port 8472 as OTV rather than VXLAN (its VXLAN port is
    4789); the header has the VNI at the same place, shown as "instance 1".
  - The VXLAN overhead (50 bytes: outer Ethernet 14, IPv4 20, UDP 8, VXLAN 8)
    comes off flannel.1's MTU because flanneld binds the VTEP to the underlay
    NIC: the kernel then derives the MTU from that device. A pod left at MTU 1500
    sends full-size packets its node cannot pass on: with "don't fragment" the
    node answers "fragmentation needed, MTU 1450" and the pod's kernel caches
    that path MTU; nothing reaches the other node.
  - Without its fdb entry for a node's VTEP MAC, flannel.1 sends nothing there
    (no learning, and no default destination to flood to): the route and the
    neighbour entry alone are not enough. The other nodes are still reached.

  Background:
    Given a bridge underlay

  Rule: Pods on different nodes reach each other through the VTEPs

    Background:
      Given a flannel node node1 at 192.168.56.11/24 on underlay with pod subnet 10.244.1.0/24
      And a flannel node node2 at 192.168.56.12/24 on underlay with pod subnet 10.244.2.0/24
      And a flannel node node3 at 192.168.56.13/24 on underlay with pod subnet 10.244.3.0/24
      And a pod pod1 on node1 at 10.244.1.2
      And a pod pod2 on node2 at 10.244.2.2
      And a pod pod3 on node3 at 10.244.3.2

    Scenario: Each node is programmed for every other node's lease
      Then flannel.1 in node1 is a VXLAN device with VNI 1 on UDP port 8472 over eth0, without learning
      # mutant survives: Then flannel.1 in node2 is a VXLAN device with VNI 1 on UDP port 8472 over eth0, without learning because every node's flannel.1 is made alike: VNI 1, port 8472, over eth0, without learning
      And node1 routes the pod subnet of node2 via its VTEP address on flannel.1, on-link
      And node1 resolves the VTEP address of node2 to its VTEP MAC, permanently
      And flannel.1 in node1 sends frames for the VTEP MAC of node2 to 192.168.56.12
      And flannel.1 in node1 sends frames for the VTEP MAC of node3 to 192.168.56.13
      # mutant survives: Then flannel.1 in node2 sends frames for the VTEP MAC of node3 to 192.168.56.13 because every node has an fdb entry for the VTEP MAC of each other node: node2 knows node3's too
      And flannel.1 in node2 sends frames for the VTEP MAC of node1 to 192.168.56.11

    Scenario: A pod reaches a pod on another node
      When pod1 pings 10.244.2.2
      Then the ping gets replies

    @requires:tcpdump
    Scenario: Across nodes, the echo request arrives with its TTL lowered by two routers
      Given a capture on eth0 in pod2
      When pod1 pings 10.244.2.2
      Then the ping gets replies
      And tcpdump on eth0 in pod2 saw the echo requests from 10.244.1.2 arrive with TTL 62

    @requires:tcpdump
    Scenario: Between pods of one node the bridge forwards, and the TTL stays as sent
      Given a pod pod1b on node1 at 10.244.1.3
      And a capture on eth0 in pod1b
      When pod1 pings 10.244.1.3
      Then the ping gets replies
      And tcpdump on eth0 in pod1b saw the echo requests from 10.244.1.2 arrive with TTL 64

    @requires:tcpdump
    Scenario: On the underlay, pod traffic travels in VXLAN datagrams between the node addresses
      Given a capture on eth0 in node2
      When pod1 pings 10.244.2.2
      Then the ping gets replies
      And tcpdump on eth0 in node2 saw VXLAN packets with VNI 1 on UDP port 8472 from 192.168.56.11 to 192.168.56.12, carrying the echo requests from 10.244.1.2 to 10.244.2.2
      And tcpdump on eth0 in node2 saw no packet from 10.244.1.2 outside VXLAN
      # mutant survives: Then tcpdump on eth0 in node2 saw no packet from 10.244.1.0 outside VXLAN because 10.244.1.0 is the network address of node1's pod subnet: nothing sends from it

    @requires:tcpdump
    Scenario: Traffic between pods of one node never reaches the underlay
      Given a pod pod1b on node1 at 10.244.1.3
      And a capture on eth0 in node1
      When pod1 pings 10.244.1.3
      Then the ping gets replies
      When node1 pings 192.168.56.12
      Then the ping gets replies
      And tcpdump on eth0 in node1 saw no packet on UDP port 8472

    @requires:tcpdump
    Scenario: Without its fdb entry for node2's VTEP, node1 loses node2 and keeps node3
      Given a capture on eth0 in node1
      When the fdb entry of node1 for the VTEP of node2 is deleted
      And pod1 pings 10.244.2.2
      Then the ping gets no reply
      When pod1 pings 10.244.3.2
      Then the ping gets replies
      And flannel.1 in node1 has no fdb entry for the VTEP MAC of node2
      # mutant survives: Then flannel.1 in node1 has no fdb entry for the VTEP MAC of node1 because a node keeps no fdb entry for its own VTEP MAC
      # mutant survives: Then flannel.1 in node2 has no fdb entry for the VTEP MAC of node2 because a node keeps no fdb entry for its own VTEP MAC: node2 neither
      But node1 routes the pod subnet of node2 via its VTEP address on flannel.1, on-link
      And tcpdump on eth0 in node1 saw VXLAN packets with VNI 1 on UDP port 8472 from 192.168.56.11 to 192.168.56.13, carrying the echo requests from 10.244.1.2 to 10.244.3.2
      But tcpdump on eth0 in node1 saw no packet sent to 192.168.56.12

  Rule: flannel.1 takes the underlay's MTU minus the 50 bytes of VXLAN overhead

    Scenario Outline: On an underlay with MTU <underlay>, flannel.1 gets MTU <vtep>
      Given a flannel node node1 at 192.168.56.11/24 on underlay with pod subnet 10.244.1.0/24 and underlay MTU <underlay>
      Then flannel.1 in node1 has MTU <vtep>, 50 bytes less than eth0

      Examples:
        | underlay | vtep |
        | 1500     | 1450 |
        | 9000     | 8950 |
        | 1400     | 1350 |

  Rule: Pods need flannel.1's MTU to send full-size packets to other nodes

    Background:
      Given a flannel node node1 at 192.168.56.11/24 on underlay with pod subnet 10.244.1.0/24
      And a flannel node node2 at 192.168.56.12/24 on underlay with pod subnet 10.244.2.0/24
      And a pod pod2 on node2 at 10.244.2.2

    Scenario: A pod with flannel.1's MTU sends a full-size packet to another node
      Given a pod pod1 on node1 at 10.244.1.2
      When pod1 pings 10.244.2.2 with 1422 bytes of payload, not fragmenting
      Then the ping gets replies
      And pod1 has learned no path MTU towards 10.244.2.2
      # mutant survives: Then pod1 has learned no path MTU towards 10.244.2.0 because 10.244.2.0 is the network address of node2's pod subnet: nothing was sent towards it
      # mutant survives: Then node1 has learned no path MTU towards 10.244.2.2 because node1 itself sent nothing large towards pod2: it has learned no path MTU either

    Scenario: A pod left at MTU 1500 sends full-size packets that its node refuses to pass on
      Given a pod pod1 on node1 at 10.244.1.2 with MTU 1500
      When pod1 pings 10.244.2.2 with 1472 bytes of payload, not fragmenting
      Then the ping gets no reply
      And pod1 has learned a path MTU of 1450 towards 10.244.2.2
