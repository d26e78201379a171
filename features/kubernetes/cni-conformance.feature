@bash @cni @requires:veth
Feature: CNI plugin conformance
  A container runtime calls a CNI plugin with the CNI_* environment variables
  and the network configuration on stdin, and reads from stdout either a result
  or an error, both JSON (CNI specification 1.0.0, "Execution Protocol" and
  "Result Types"). There is no official conformance suite for CNI plugins: each
  scenario here checks one rule a runtime relies on, for every plugin of its
  Examples, and holds what the plugin says against what the kernel shows.

  The plugins: Debian's reference main plugins (containernetworking-plugins
  1.1.1: bridge, ptp, macvlan, ipvlan, vlan and host-device, each with
  host-local IPAM and its template in src/main/resources/assets/cni), and
  netspec-bash-cni, a plugin in bash that netspec sends to the target through
  the shell. A plugin of yours runs as the row "plugin-under-test" (see the
  README, "Checking your own CNI plugin"): -Dnetspec.cni.plugin names its path
  on the target, -Dnetspec.cni.config its configuration template. A runtime
  call here: container ID = the pod's name, CNI_NETNS=/run/netns/<pod>,
  CNI_IFNAME=eth0, CNI_ARGS as the kubelet sets it, in an environment that
  holds nothing else but PATH.

  On other Debian releases (the kernel matrix): Debian 11's plugins (0.9.0)
  speak CNI up to 0.4.0, so every scenario written for 1.0.0 is skipped
  there, naming the versions the plugin lists; Debian 13 has 1.1.1 as well,
  and Debian 14's 1.9.1 behave here as 1.1.1 does. No scenario's outcome
  changed with the kernel itself, from 5.10 to 7.2.

  Where the plugins and the specification's text part ways:
  - The specification lists `cniVersion` in the error JSON; the reference
    plugin (containernetworking-plugins 1.1.1) leaves it out, so these
    scenarios ask only for the integer `code` and the string `msg`.
  - A failed ADD may leave things behind: the reference bridge plugin makes
    cni0 and the pod's veth pair before its IPAM finds no address, and keeps
    them (two scenarios show it). The specification lets the runtime clean up
    with DEL, so no scenario asks that a failed ADD leave nothing. After a
    configuration its IPAM refuses (a /31 subnet), DEL fails with the same
    error as ADD, yet it has removed the veth by then; cni0 stays.
  - An unknown CNI_COMMAND is an invalid environment variable: code 4.
  - host-device (1.1.1) fails DEL for a container whose interface is not in
    its namespace (code 999, "failed to find "eth0": Link not found"), where
    the specification wants DEL to succeed when what it removes is already
    gone; "DEL succeeds for a container the plugin never saw" leaves it out.

  The node (the sandbox's own namespace) is plugged into a switch: up0, one
  end of a veth pair whose other end, port0, sits in the namespace switch, is
  the parent link ${master} names for macvlan, ipvlan and vlan, so that what
  the pod sends can be seen leaving the node on port0. dev0, a second veth
  into the switch (port1), is the device ${device} names: host-device moves
  it into the pod. Where a row does not fit a plugin, its Examples leave the
  plugin out:
  - host-device moves the one device it is given: a second pod finds none,
    so "Two pods get different addresses" and "a subnet with room for one pod
    has no address for a second" are not asked of it (its second ADD fails
    for want of a device, not of an address).
  - vlan: the kernel takes one VLAN device per VLAN ID on a parent, so a
    second pod on the same master and ID is refused for that reason; the same
    two rows are not asked of it.

  Background: the node's uplink into the switch, and a spare device
    Given a namespace switch
    And a veth pair up0 -- port0 in switch
    And a veth pair dev0 -- port1 in switch
    And the CNI configuration's master is up0
    And the CNI configuration's device is dev0

  Scenario Outline: VERSION lists the versions the plugin speaks (<plugin>, <cniVersion>)
    Given the CNI plugin <plugin> with cniVersion <cniVersion> on the subnet 10.22.0.0/24
    When the runtime asks the plugin for its VERSION
    Then the plugin succeeds
    And the plugin lists the versions it supports, among them the configured one

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin | cniVersion |
      | bridge | 1.0.0      |
      | bridge | 0.4.0      |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      | cniVersion |
      | ptp         | 1.0.0      |
      | host-device | 1.0.0      |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  | cniVersion |
      | macvlan | 1.0.0      |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin | cniVersion |
      | ipvlan | 1.0.0      |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin | cniVersion |
      | vlan   | 1.0.0      |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           | cniVersion |
      | netspec-bash-cni | 1.0.0      |
      | netspec-bash-cni | 0.4.0      |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            | cniVersion |
      | plugin-under-test | 1.0.0      |

  Scenario Outline: ADD returns a result of the configured version whose interfaces, addresses and routes are in the kernel (<plugin>, <cniVersion>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion <cniVersion> on the subnet 10.22.0.0/24
    When the runtime adds pod1 to the network
    Then the plugin succeeds
    And the result for pod1 is of the configured cniVersion
    And the result for pod1 lists eth0 in the network namespace of pod1
    And the result for pod1 matches the kernel

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin | cniVersion |
      | bridge | 1.0.0      |
      | bridge | 0.4.0      |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      | cniVersion |
      | ptp         | 1.0.0      |
      | host-device | 1.0.0      |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  | cniVersion |
      | macvlan | 1.0.0      |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin | cniVersion |
      | ipvlan | 1.0.0      |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin | cniVersion |
      | vlan   | 1.0.0      |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           | cniVersion |
      | netspec-bash-cni | 1.0.0      |
      | netspec-bash-cni | 0.4.0      |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            | cniVersion |
      | plugin-under-test | 1.0.0      |

  Scenario Outline: Two pods get different addresses (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 to the network
    And the runtime adds pod2 to the network
    Then the plugin succeeds
    And eth0 in pod1 and eth0 in pod2 hold different addresses
    And the result for pod1 matches the kernel
    And the result for pod2 matches the kernel

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp plugin
      | plugin |
      | ptp    |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: DEL takes the pod's interface away and frees its address for the next pod (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/30
    And pod1 has been added to the network
    When the runtime deletes pod1 from the network
    Then the plugin succeeds
    And pod1 has no interface eth0
    When the runtime adds pod2 to the network
    Then the plugin succeeds
    And eth0 in pod2 holds the address the result for pod1 gave
    And the result for pod2 matches the kernel
    # mutant survives: Then eth0 in pod2 holds the address the result for pod2 gave because pod2 was given the address pod1 had: both results name it

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      |
      | ptp         |
      | host-device |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin |
      | vlan   |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: Without DEL, a subnet with room for one pod has no address for a second (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/30
    And pod1 has been added to the network
    When the runtime adds pod2 to the network
    Then the plugin fails with an error code of its own
    And pod1 holds an address in 10.22.0.0/30
    But pod2 holds no address in 10.22.0.0/30

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp plugin
      | plugin |
      | ptp    |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  @requires:cni-plugins
  Scenario: The reference bridge plugin's ADD that finds no address leaves the pod's veth in cni0, until DEL
    Given a pod pod1
    And a pod pod2
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/30
    And pod1 has been added to the network
    When the runtime adds pod2 to the network
    Then the plugin fails with an error code of its own
    And pod2 holds no address in 10.22.0.0/30
    But the veth of pod2 on the host is a port of cni0
    When the runtime deletes pod2 from the network
    Then the plugin succeeds
    And pod2 has no interface eth0
    But the veth of pod1 on the host is a port of cni0

  @requires:cni-plugins
  Scenario: With a subnet too small for any pod, the reference bridge plugin's ADD leaves cni0 and the veth; DEL fails, yet removes the veth
    Given a pod pod1
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/31
    When the runtime adds pod1 to the network
    Then the plugin fails with an error code of its own
    And the veth of pod1 on the host is a port of cni0
    When the runtime deletes pod1 from the network
    Then the plugin fails with an error code of its own
    And pod1 has no interface eth0
    But the host still has an interface cni0
    # mutant survives: Then the host still has an interface up0 because up0, the Background's uplink, is on the host as well; what is claimed is that cni0 outlives the failed DEL

  Scenario Outline: DEL succeeds for a container the plugin never saw, and again for one already deleted (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And pod2 has been added to the network
    When the runtime deletes pod1 from the network
    Then the plugin succeeds
    And pod1 has no interface eth0
    When the runtime deletes pod2 from the network
    And the runtime deletes pod2 from the network
    Then the plugin succeeds
    And pod2 has no interface eth0

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp plugin
      | plugin |
      | ptp    |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin |
      | vlan   |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: CHECK passes after ADD, and fails once the pod's address is gone (<plugin>, <cniVersion>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion <cniVersion> on the subnet 10.22.0.0/24
    And pod1 has been added to the network
    When the runtime checks pod1
    Then the plugin succeeds
    Given someone removes the address of pod1 from eth0 in pod1
    When the runtime checks pod1
    Then the plugin fails with an error code of its own
    And eth0 in pod1 no longer holds the address of pod1

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin | cniVersion |
      | bridge | 1.0.0      |
      | bridge | 0.4.0      |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      | cniVersion |
      | ptp         | 1.0.0      |
      | host-device | 1.0.0      |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  | cniVersion |
      | macvlan | 1.0.0      |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin | cniVersion |
      | ipvlan | 1.0.0      |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin | cniVersion |
      | vlan   | 1.0.0      |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           | cniVersion |
      | netspec-bash-cni | 1.0.0      |
      | netspec-bash-cni | 0.4.0      |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            | cniVersion |
      | plugin-under-test | 1.0.0      |

  Scenario Outline: An unknown CNI_COMMAND is refused with code 4 (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime calls the plugin with CNI_COMMAND FLY for pod1
    Then the plugin fails with the error code 4 naming CNI_COMMAND
    And pod1 has no interface eth0

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      |
      | ptp         |
      | host-device |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin |
      | vlan   |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: A configuration that is not valid JSON is refused with code 6 (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 with a configuration that is not valid JSON
    Then the plugin fails with the error code 6
    And pod1 has no interface eth0

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      |
      | ptp         |
      | host-device |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin |
      | vlan   |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: ADD without a variable it needs is refused with code 4, naming the variable (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 without CNI_NETNS
    Then the plugin fails with the error code 4 naming CNI_NETNS
    When the runtime adds pod1 without CNI_IFNAME
    Then the plugin fails with the error code 4 naming CNI_IFNAME
    When the runtime adds pod1 without CNI_CONTAINERID
    Then the plugin fails with the error code 4 naming CNI_CONTAINERID
    And pod1 has no interface eth0

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      |
      | ptp         |
      | host-device |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin |
      | vlan   |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: A configuration of a version the plugin does not speak is refused with code 1 (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 99.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 to the network
    Then the plugin fails with the error code 1
    And pod1 has no interface eth0

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      |
      | ptp         |
      | host-device |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin |
      | vlan   |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: Once someone removes the pod's address, the result no longer matches the kernel (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And pod1 has been added to the network
    When someone removes the address of pod1 from eth0 in pod1
    Then the result for pod1 does not match the kernel
    And eth0 in pod1 no longer holds the address of pod1

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:cni-plugins @reference-plugins
    Examples: the reference ptp and host-device plugins
      | plugin      |
      | ptp         |
      | host-device |

    @requires:cni-plugins @requires:macvlan @reference-plugins
    Examples: the reference macvlan plugin
      | plugin  |
      | macvlan |

    @requires:cni-plugins @requires:ipvlan @reference-plugins
    Examples: the reference ipvlan plugin
      | plugin |
      | ipvlan |

    @requires:cni-plugins @requires:vlan @reference-plugins
    Examples: the reference vlan plugin
      | plugin |
      | vlan   |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  @requires:cni-plugins @requires:macvlan @requires:ping @requires:tcpdump @reference-plugins
  Scenario: macvlan gives the pod a macvlan on the master, and what the pod sends leaves the node through it
    Given a pod pod1
    And port0 in switch has the address 10.22.0.254/24
    And the CNI plugin macvlan with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And pod1 has been added to the network
    And a capture on port0 in switch
    When pod1 pings 10.22.0.254
    Then the ping gets replies
    And eth0 in pod1 is a macvlan on up0 in bridge mode
    And eth0 in pod1 and up0 have different MAC addresses
    # mutant survives: And eth0 in pod1 and dev0 have different MAC addresses because dev0 is another device, with a MAC address of its own
    And the capture on port0 in switch shows ICMP from 10.22.0.2 to 10.22.0.254
    And the result for pod1 matches the kernel

  @requires:cni-plugins @requires:ipvlan @requires:ping @requires:tcpdump @reference-plugins
  Scenario: ipvlan gives the pod an ipvlan on the master, which sends with the master's MAC address
    Given a pod pod1
    And port0 in switch has the address 10.22.0.254/24
    And the CNI plugin ipvlan with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And pod1 has been added to the network
    And a capture on port0 in switch
    When pod1 pings 10.22.0.254
    Then the ping gets replies
    And eth0 in pod1 is an ipvlan on up0 in l2 mode
    And eth0 in pod1 has the same MAC address as up0
    And the capture on port0 in switch shows ICMP from 10.22.0.2 to 10.22.0.254 sent from the MAC address of up0
    And the result for pod1 matches the kernel

  @requires:cni-plugins @requires:vlan @requires:ping @requires:tcpdump @reference-plugins
  Scenario: vlan gives the pod a VLAN device on the master, whose frames leave the node tagged
    Given a pod pod1
    And a VLAN port0.10 with ID 10 on port0 in switch
    And port0.10 in switch has the address 10.22.0.254/24
    And the CNI plugin vlan with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And pod1 has been added to the network
    And a capture on port0 in switch
    When pod1 pings 10.22.0.254
    Then the ping gets replies
    And eth0 in pod1 is a VLAN with ID 10 on up0
    And the capture on port0 in switch shows ICMP from 10.22.0.2 to 10.22.0.254 in VLAN 10
    And the result for pod1 matches the kernel

  @requires:cni-plugins @reference-plugins
  Scenario: host-device moves the node's device into the pod, and DEL gives it back to the node
    Given a pod pod1
    And the CNI plugin host-device with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 to the network
    Then the plugin succeeds
    And dev0 moved from the host into pod1 as eth0
    And the peer of eth0 in pod1 is port1 in switch
    And the result for pod1 matches the kernel
    When the runtime deletes pod1 from the network
    Then the plugin succeeds
    And the peer of dev0 is port1 in switch
