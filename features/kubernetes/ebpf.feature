@ebpf @requires:clang @requires:bpf-headers @requires:bpf-load @requires:veth @requires:ping
Feature: eBPF on the data path: a tc classifier answers ICMP echo requests
  The source text's "ebpf" machine attaches a program written in C to a
  device's ingress with tc, where it sees every frame before the kernel's IP
  stack does and may rewrite, drop or redirect it. Here the program
  (src/main/resources/assets/bpf/icmp_echo_responder.c) turns each ICMP echo
  request into the reply, in place, and sends it back out of the device it came
  in on. It is compiled on the target with clang for the BPF target and
  attached in direct-action mode (its return value is tc's verdict) to a clsact
  qdisc. The kernel of ns2 is told to ignore echo requests, so only the program
  can answer them.

      ns1                        ns2  (net.ipv4.icmp_echo_ignore_all=1)
    [veth-a] ================== [veth-b] <- ingress: icmp_echo_responder
   10.0.2.1/24                10.0.2.2/24

  Where the kernel says more than the text:
  - The kernel keeps 15 characters of a program's name: `tc filter show` lists
    icmp_echo_responder as "icmp_echo_respo".
  - The replies the program sends never pass the kernel's ICMP code: the
    namespace's counters (/proc/net/snmp) show neither the requests nor the
    replies, whereas with the kernel's own replies on they count both.
  - Loading a program needs privileges an unprivileged user namespace does not
    give (CAP_BPF, CAP_NET_ADMIN in the machine's first user namespace): as a
    non-root runner these scenarios are skipped, saying so.

  Background:
    Given a namespace ns1
    And a namespace ns2
    And a veth pair veth-a in ns1 -- veth-b in ns2
    And veth-a in ns1 has the address 10.0.2.1/24
    And veth-b in ns2 has the address 10.0.2.2/24
    And the kernel of ns2 ignores echo requests
    And icmp_echo_responder.c is compiled with clang for the BPF target

  Scenario: With the kernel's echo replies off and no program, nobody answers
    When ns1 pings 10.0.2.2
    Then the ping gets no reply
    And the ICMP counters of ns2 show 3 echo requests received and 0 echo replies sent

  Scenario: The classifier at ingress answers the echo requests in the kernel's place
    When icmp_echo_responder.c is attached at ingress of veth-b in ns2, in direct-action mode
    And ns1 pings 10.0.2.2
    Then the ping gets replies
    And veth-b in ns2 runs the BPF program icmp_echo_responder at ingress, jited, in direct-action mode
    And the ICMP counters of ns2 show 0 echo requests received and 0 echo replies sent
    # mutant survives: Then the ICMP counters of ns1 show 0 echo requests received and 0 echo replies sent because ns1 sent the echo requests and got no request itself: its counters show 0 received requests and 0 sent replies too

  Scenario: Once the program is detached, the echo requests go unanswered again
    Given icmp_echo_responder.c is attached at ingress of veth-b in ns2, in direct-action mode
    When the BPF program is detached from ingress of veth-b in ns2
    And ns1 pings 10.0.2.2
    Then the ping gets no reply
    And veth-b in ns2 runs no BPF program at ingress

  Scenario: With its echo replies on, the kernel answers by itself and counts it
    Given the kernel of ns2 answers echo requests
    When ns1 pings 10.0.2.2
    Then the ping gets replies
    And the ICMP counters of ns2 show 3 echo requests received and 3 echo replies sent
