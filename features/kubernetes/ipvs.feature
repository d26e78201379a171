@ipvs @requires:ipvs @requires:ipvsadm @requires:br-netfilter @requires:socat @requires:bridge @requires:veth
Feature: kube-proxy's IPVS mode: a virtual service spreads connections over pods
  The source text's "ipvs" machine puts three pods behind the virtual service
  1.2.3.4:80 with ipvsadm, in NAT mode ("masquerading"), and compares the round
  robin scheduler ("distributes jobs equally amongst the available real
  servers") with weighted round robin ("assigns jobs to real servers
  proportionally to their weights"). It then shows what a pod needs to reach
  the service: the service address on the dummy device kube-ipvs0, bridged
  traffic shown to netfilter (br_netfilter), and, for a pod reaching itself
  through the service, masquerading, IPVS connection tracking and a bridge
  that sends a frame back out of the port it came from.

    pod1 10.244.0.2    pod2 10.244.0.3    pod3 10.244.0.4    client 10.244.0.10
    "pod1" on :80      "pod2" on :80      "pod3" on :80
          \                  |                  |                  /
           +------------ (cni0 10.244.0.1/24) ------------------+
             the host: IPVS 1.2.3.4:80 -> the three pods, masquerading
                       [kube-ipvs0 1.2.3.4/32, down]

  Each pod's server (socat) answers every connection with its name and closes
  it; the client opens one connection after the other with bash's /dev/tcp, so
  each connection gets a new source port and is scheduled anew.

  Where the kernel says more than the text:
  - Round robin and weighted round robin are exact: 30 connections over three
    equal servers give 10 each, 50 over weights 3:1:1 give 30, 10 and 10. The
    shares below are checked with a tolerance of 0.
  - IPVS schedules only packets the host takes as its own (or sends itself): a
    pod's connection to 1.2.3.4 is routed away unless 1.2.3.4 is a local
    address. kube-proxy leaves kube-ipvs0 down; an address on a down device is
    still local.
  - The real server answers the pod directly across cni0. Only with
    net.bridge.bridge-nf-call-iptables=1 do these bridged answers pass the
    netfilter hook where IPVS turns their source back into 1.2.3.4:80; without
    it the client drops them and no connection is answered, although IPVS
    scheduled every one.
  - A pod reaching itself through the service needs three things at once:
    its connection to itself masqueraded (kube-proxy's KUBE-LOOP-BACK rule;
    one iptables rule per real server here, instead of an ipset), IPVS keeping
    conntrack entries (net.ipv4.vs.conntrack=1, without which the masquerade
    rule never sees IPVS's connections), and a bridge that sends the answer back
    out of the port it came in on: hairpin mode on the pod's port (kubelet's
    hairpin-veth) or the bridge in promiscuous mode (kubelet's
    promiscuous-bridge, what the demo does). Without any one of them the
    connections IPVS schedules back to the pod itself go unanswered.
  - ipvsadm's counters trail by up to about two seconds (IPVS sums its per-CPU
    counters in a kernel thread): the steps reading them wait for them.

  Background:
    Given a bridge cni0
    And cni0 has the address 10.244.0.1/24
    And the host forwards IPv4 packets, as a node does
    And the host shows bridged traffic to iptables and IPVS, as kube-proxy requires
    And a pod pod1 plugged into cni0 at 10.244.0.2/24, answering "pod1" on TCP port 80
    And a pod pod2 plugged into cni0 at 10.244.0.3/24, answering "pod2" on TCP port 80
    And a pod pod3 plugged into cni0 at 10.244.0.4/24, answering "pod3" on TCP port 80
    And a pod client plugged into cni0 at 10.244.0.10/24
    And an IPVS virtual service 1.2.3.4:80 with scheduler rr
    And 10.244.0.2:80 is a masqueraded real server of 1.2.3.4:80
    And 10.244.0.3:80 is a masqueraded real server of 1.2.3.4:80
    And 10.244.0.4:80 is a masqueraded real server of 1.2.3.4:80

  Rule: A pod reaches the service only once its address is on kube-ipvs0

    Scenario: Without the service address on a local device, a pod's connections go unanswered
      When client connects 3 times to 1.2.3.4 port 80
      Then no connection was answered
      And 1.2.3.4 is no local address of the host
      # mutant survives: Then 1.2.3.5 is no local address of the host because no step puts 1.2.3.5 on a device either; the negation, with 1.2.3.4 on kube-ipvs0, is the next scenario

    @requires:dummy
    Scenario: With the service address on kube-ipvs0, left down, the pod reaches the service
      Given 1.2.3.4 is on the dummy device kube-ipvs0, as kube-proxy puts it
      When client connects 3 times to 1.2.3.4 port 80
      Then every connection was answered
      And 1.2.3.4 is a local address of the host, on kube-ipvs0

    @requires:dummy
    Scenario: With bridged traffic hidden from netfilter, the servers' answers bypass IPVS
      Given 1.2.3.4 is on the dummy device kube-ipvs0, as kube-proxy puts it
      And the host hides bridged traffic from iptables and IPVS
      When client connects 3 times to 1.2.3.4 port 80
      Then no connection was answered
      And IPVS counted these connections to the real servers of 1.2.3.4:80:
        | 10.244.0.2:80 | 1 |
        | 10.244.0.3:80 | 1 |
        | 10.244.0.4:80 | 1 |

  @requires:dummy
  Rule: The scheduler decides how the connections spread over the real servers

    Background:
      Given 1.2.3.4 is on the dummy device kube-ipvs0, as kube-proxy puts it

    Scenario: Round robin spreads the connections evenly, the servers taking turns
      When client connects 30 times to 1.2.3.4 port 80
      Then the answers came from 3 servers taking turns in a fixed order
      And the answers came from these servers in these shares, within 0 connections each:
        | pod1 | 1 |
        | pod2 | 1 |
        | pod3 | 1 |
      And IPVS counted these connections to the real servers of 1.2.3.4:80:
        | 10.244.0.2:80 | 10 |
        | 10.244.0.3:80 | 10 |
        | 10.244.0.4:80 | 10 |

    Scenario: Weighted round robin with weights 3:1:1 spreads them in that proportion
      When the scheduler of 1.2.3.4:80 is set to wrr
      And the weight of real server 10.244.0.2:80 of 1.2.3.4:80 is set to 3
      And client connects 50 times to 1.2.3.4 port 80
      Then the answers came from these servers in these shares, within 0 connections each:
        | pod1 | 3 |
        | pod2 | 1 |
        | pod3 | 1 |
      And IPVS counted these connections to the real servers of 1.2.3.4:80:
        | 10.244.0.2:80 | 30 |
        | 10.244.0.3:80 | 10 |
        | 10.244.0.4:80 | 10 |

  @requires:dummy @requires:iptables
  Rule: A pod reaches itself through the service only with masquerading, IPVS conntrack and hairpin together

    Background:
      Given 1.2.3.4 is on the dummy device kube-ipvs0, as kube-proxy puts it

    Scenario: With all three, pod1 reaches itself through the service
      Given the connections of every real server to itself are masqueraded, as kube-proxy's KUBE-LOOP-BACK rule does
      And IPVS keeps conntrack entries for its connections, as kube-proxy sets it
      And veth-pod1 is in hairpin mode, as kubelet's hairpin-veth mode sets it
      When pod1 connects 6 times to 1.2.3.4 port 80
      Then every connection was answered
      And "pod1" answered 2 of the connections

    Scenario: With cni0 promiscuous instead of hairpin mode, as the demo does, pod1 reaches itself too
      Given the connections of every real server to itself are masqueraded, as kube-proxy's KUBE-LOOP-BACK rule does
      And IPVS keeps conntrack entries for its connections, as kube-proxy sets it
      And cni0 is in promiscuous mode, as kubelet's promiscuous-bridge mode sets it
      When pod1 connects 6 times to 1.2.3.4 port 80
      Then every connection was answered
      And "pod1" answered 2 of the connections

    Scenario: Without hairpin mode, the connections IPVS sends back to pod1 go unanswered
      Given the connections of every real server to itself are masqueraded, as kube-proxy's KUBE-LOOP-BACK rule does
      And IPVS keeps conntrack entries for its connections, as kube-proxy sets it
      When pod1 connects 6 times to 1.2.3.4 port 80
      Then 4 of the 6 connections were answered, none by "pod1"
      And IPVS counted these connections to the real servers of 1.2.3.4:80:
        | 10.244.0.2:80 | 2 |

    Scenario: Without IPVS conntrack, the masquerading misses IPVS's connections and pod1 does not reach itself
      Given the connections of every real server to itself are masqueraded, as kube-proxy's KUBE-LOOP-BACK rule does
      And veth-pod1 is in hairpin mode, as kubelet's hairpin-veth mode sets it
      When pod1 connects 6 times to 1.2.3.4 port 80
      Then 4 of the 6 connections were answered, none by "pod1"

    Scenario: Without the masquerading, pod1 does not reach itself
      Given IPVS keeps conntrack entries for its connections, as kube-proxy sets it
      And veth-pod1 is in hairpin mode, as kubelet's hairpin-veth mode sets it
      When pod1 connects 6 times to 1.2.3.4 port 80
      Then 4 of the 6 connections were answered, none by "pod1"
