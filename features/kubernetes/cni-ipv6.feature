@bash @cni @ipv6
Feature: CNI plugins on IPv6 and dual stack
  A CNI result lists "the IPv4 and/or IPv6 addresses, gateways, and routes"
  of the attachment (CNI specification, "ADD Success"): a dual-stack pod gets
  one address of each family on its interface, and a route for each. IPv6
  adds one thing IPv4 does not have: before the kernel uses a new address it
  runs duplicate address detection (DAD, RFC 4862). While DAD runs the address
  is "tentative" and cannot be used; if another host answers for it, the
  kernel marks it "dadfailed" and never uses it. A runtime may start the pod
  as soon as ADD returns, so the address must be usable by then.

  These scenarios hold each result against the kernel, read inside the pod's
  namespace with ip -j -6 (addresses, their DAD state, routes). The networks:
  10.22.0.0/24 and fd00:22::/64, configured with the template placeholder
  ${subnet6} beside ${subnet} (src/main/resources/assets/cni/*-dual-stack.json:
  the reference plugin's host-local gets one range per family). IPv6 is used
  only inside the sandbox's namespaces.

  Where the plugins part ways:
  - The reference bridge plugin (containernetworking-plugins 1.1.1) switches
    DAD off in the pod (net.ipv6.conf.eth0.accept_dad becomes 0), so its
    address is never tentative, and a second holder of it on the bridge is not
    detected either: it has no row in the scenario of a duplicate address.
  - netspec-bash-cni keeps DAD on and returns from ADD once DAD has settled
    (about two seconds on a veth that has just come up).
  - Your plugin has no row here: its one template (-Dnetspec.cni.config)
    serves the IPv4 scenarios of cni-conformance.feature.

  Scenario Outline: A dual-stack ADD returns an IPv4 and an IPv6 address, and the kernel holds both (<plugin>, <cniVersion>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion <cniVersion> on the subnets 10.22.0.0/24 and fd00:22::/64
    When the runtime adds pod1 to the network
    Then the plugin succeeds
    And the result for pod1 is of the configured cniVersion
    And eth0 in pod1 holds the IPv4 and the IPv6 address the result for pod1 gave
    And the result for pod1 matches the kernel

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin | cniVersion |
      | bridge | 1.0.0      |
      | bridge | 0.4.0      |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           | cniVersion |
      | netspec-bash-cni | 1.1.0      |
      | netspec-bash-cni | 1.0.0      |
      | netspec-bash-cni | 0.4.0      |

  Scenario Outline: When ADD returns, the pod's IPv6 address has passed DAD and IPv6 goes through the gateway (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnets 10.22.0.0/24 and fd00:22::/64
    When the runtime adds pod1 to the network
    Then the plugin succeeds
    And the IPv6 address of pod1 on eth0 in pod1 has passed DAD: neither tentative nor dadfailed
    And pod1 routes IPv6 through the IPv6 gateway of its result

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

  Scenario Outline: Two dual-stack pods hold their own addresses of both families (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnets 10.22.0.0/24 and fd00:22::/64
    When the runtime adds pod1 to the network
    And the runtime adds pod2 to the network
    Then the plugin succeeds
    And eth0 in pod2 holds the IPv4 and the IPv6 address the result for pod2 gave
    And the result for pod1 matches the kernel
    And the result for pod2 matches the kernel
    And the IPv6 address of pod2 on eth0 in pod2 has passed DAD: neither tentative nor dadfailed

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

  Scenario Outline: DEL of a dual-stack pod takes its interface away and releases its address (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnets 10.22.0.0/24 and fd00:22::/64
    And pod1 has been added to the network
    When the runtime deletes pod1 from the network
    Then the plugin succeeds
    And pod1 has no interface eth0
    And the veth of pod1 on the host is gone
    And the IPAM state no longer reserves the address of pod1

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

  @requires:jq
  Scenario: A second holder of a pod's IPv6 address on the bridge fails DAD (netspec-bash-cni)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin netspec-bash-cni with cniVersion 1.0.0 on the subnets 10.22.0.0/24 and fd00:22::/64
    And pod1 has been added to the network
    And pod2 has been added to the network
    When someone adds the IPv6 address of pod1 to eth0 in pod2
    Then eth0 in pod2 holds the IPv6 address of pod1 marked dadfailed
    And the IPv6 address of pod1 on eth0 in pod1 has passed DAD: neither tentative nor dadfailed
