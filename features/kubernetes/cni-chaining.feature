@bash @cni @cni-chaining @requires:cni-plugins @requires:iptables @requires:tc-shaping @requires:socat
Feature: CNI network configuration lists: chained plugins
  A runtime reads a network configuration list (a .conflist: a name, a
  cniVersion and "plugins") and runs it as one network (CNI specification
  1.0.0, "Execution of Network Configuration Lists"): ADD calls the plugins in
  the list's order, each given the previous plugin's result as "prevResult",
  and the last result is the pod's; CHECK calls them in the same order with
  that cached result; DEL calls them in reverse order, with the cached result.
  Each plugin gets the list's "name" and "cniVersion", and under
  "runtimeConfig" only the runtime's arguments for the capabilities it
  declares. A chained plugin "must" pass the previous result through, adding
  or changing only what it did itself ("Chained Plugins").

  The list here, assets/cni/bridge-chain.conflist, is the chain runtimes ship
  with Debian's reference plugins (containernetworking-plugins 1.1.1):
  bridge with host-local, then tuning (MTU 1400, a sysctl, the MAC address the
  runtime asks for), portmap (the pod's hostPorts), bandwidth (4 Mbit/s, that
  is 500000 bytes per second, both ways) and firewall (iptables). Every plugin
  is found by its type in CNI_PATH (/usr/lib/cni) and called with the same
  CNI_* variables as a single plugin (see cni-conformance.feature). Each
  scenario reads what a plugin did back from the kernel: ip -j for links and
  sysctl inside the pod's namespace, iptables -S for the nat and filter tables,
  tc -j for qdiscs, and a real TCP connection and a timed transfer between
  the sandbox's namespaces.

        host (the node's namespace)                        pod1
    cni0 10.22.0.1/24 ── veth… (tbf: to the pod) ─────── eth0 10.22.0.2/24
                           │ ingress, redirected           MTU 1400, MAC asked for
                           └── bwp… ifb (tbf: from the pod)
    nat: host port 8080 ─DNAT→ 10.22.0.2:80     filter: CNI-FORWARD accepts 10.22.0.2

  Where the reference plugins and the specification's text part ways, or the
  text leaves a runtime guessing:
  - bandwidth adds a device to the result: the ifb device it made on the host
    (an interface without a sandbox, appended to "interfaces"). That is its own
    change, as the specification allows; a runtime that counts the result's
    interfaces to find the pod's veth gets one more.
  - tuning writes the MAC address it set into the pod's interface in the
    result, but not the MTU (the 1.0.0 result has no "mtu"; 1.1.0 added it).
  - portmap and firewall keep their chains (CNI-HOSTPORT-DNAT, -MASQ, -SETMARK;
    CNI-FORWARD, CNI-ADMIN) after the last pod's DEL: only the rules of the pod
    go. The chains are shared, so this is no leak, but the specification's
    "remove everything ADD made" does not hold word for word.
  - portmap names a pod's chain CNI-DN- and a hash of the network name and
    container ID, and marks only the source ranges of the pod's subnet and
    127.0.0.1 for masquerade (its "snat" option).
  - bandwidth takes its rates and bursts in bits; tc shows them in bytes. Both
    a rate and a burst must be given for either direction.
  - The 1.1.1 plugins speak iptables only (portmap and firewall have no
    nftables backend); on Debian 12 iptables is iptables-nft, so the rules are
    nf_tables rules read back with iptables -S.

  A list of your own runs as the row "plugin-under-test" of the first
  scenario: -Dnetspec.cni.config names its template (with "plugins", the
  placeholders of assets/cni/README.md), -Dnetspec.cni.plugin any plugin of it
  on the target, whose directory, the reference plugins' and /opt/cni/bin make
  CNI_PATH (or -Dnetspec.cni.path). A chained plugin of yours may change
  nothing in the result it passes on; tuning may change the pod interface's MAC
  address and MTU, bandwidth may append its ifb device.

  Background:
    Given a pod pod1
    And the runtime asks for the MAC address 02:00:0a:16:00:99 for pod1

  Scenario Outline: ADD runs the plugins in the list's order, each passing the previous result on with only its own changes (<list>)
    Given the CNI network list <list> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 through the network list
    Then every plugin of the list succeeds, called in the list's order
    And every chained plugin passed on the result for pod1 with only its own changes
    And the list's result for pod1 matches the kernel

    Examples: Debian's reference plugins
      | list         |
      | bridge-chain |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your list
      | list              |
      | plugin-under-test |

  Scenario: tuning sets the MTU, the MAC address and a sysctl of the pod's interface
    Given the CNI network list bridge-chain with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 through the network list
    Then the MTU of eth0 in pod1 is 1400
    And eth0 in pod1 has the MAC address the runtime asked for
    And the sysctl net.ipv4.conf.eth0.rp_filter is 2 in pod1
    And the list's result for pod1 matches the kernel

  Scenario: portmap DNATs the pod's host port to the pod, and a connection through the port reaches it
    Given the CNI network list bridge-chain with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And a pod pod2
    And the runtime maps the host port 8080 to port 80 of pod1
    And pod1 has been added through the network list
    And pod2 has been added through the network list
    And pod1 answers "pod1" on TCP port 80
    Then the nat table of the host DNATs TCP port 8080 to port 80 of pod1
    When pod2 connects 3 times to 10.22.0.1 port 8080
    Then "pod1" answered 3 of the connections

  Scenario: bandwidth shapes the pod's traffic both ways with tbf qdiscs that really limit its rate
    Given the CNI network list bridge-chain with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And pod1 has been added through the network list
    Then the veth and the ifb device of pod1 on the host each have a tbf qdisc of 500000 bytes per second
    When pod1 sends 1000000 bytes over TCP to 10.22.0.1
    Then the transfer took at least as long as the tbf qdisc of the sender's ifb device needs for it

  Scenario: firewall lets the pod's traffic through its CNI-FORWARD chain
    Given the CNI network list bridge-chain with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 through the network list
    Then the firewall's chain CNI-FORWARD accepts the traffic of pod1

  Scenario: CHECK runs every plugin with the cached result, and stops at tuning once the pod's MTU is changed
    Given the CNI network list bridge-chain with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And pod1 has been added through the network list
    When the runtime checks pod1 through the network list
    Then every plugin of the list succeeds, called in the list's order
    Given the MTU of eth0 in pod1 is set to 1500
    When the runtime checks pod1 through the network list
    Then the list stops at tuning, which fails with an error code of its own
    And the MTU of eth0 in pod1 is 1500

  Scenario: DEL runs the plugins in reverse order, and what each of them did is gone
    Given the CNI network list bridge-chain with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And the runtime maps the host port 8080 to port 80 of pod1
    And pod1 has been added through the network list
    When the runtime deletes pod1 through the network list
    Then every plugin of the list succeeds, called in reverse order
    And the nat table of the host DNATs TCP port 8080 nowhere
    And the firewall's chain CNI-FORWARD no longer names the address of pod1
    And the host interfaces of the list's result for pod1 are gone, but the bridge
    And pod1 has no interface eth0
