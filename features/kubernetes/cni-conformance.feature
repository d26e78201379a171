@bash @cni
Feature: CNI plugin conformance
  A container runtime calls a CNI plugin with the CNI_* environment variables
  and the network configuration on stdin, and reads from stdout either a result
  or an error, both JSON (CNI specification 1.0.0, "Execution Protocol" and
  "Result Types"). There is no official conformance suite for CNI plugins: each
  scenario here checks one rule a runtime relies on, for every plugin of its
  Examples, and holds what the plugin says against what the kernel shows.

  The plugins: Debian's reference bridge plugin with host-local IPAM, and
  netspec-bash-cni, a plugin in bash that netspec sends to the target through
  the shell. A plugin of yours runs as the row "plugin-under-test" (see the
  README, "Checking your own CNI plugin"): -Dnetspec.cni.plugin names its path
  on the target, -Dnetspec.cni.config its configuration template. A runtime
  call here: container ID = the pod's name, CNI_NETNS=/run/netns/<pod>,
  CNI_IFNAME=eth0, CNI_ARGS as the kubelet sets it, in an environment that
  holds nothing else but PATH.

  Where the plugins and the specification's text part ways:
  - The specification lists `cniVersion` in the error JSON; the reference
    plugin (containernetworking-plugins 1.1.1) leaves it out, so these
    scenarios ask only for the integer `code` and the string `msg`.
  - A failed ADD may leave things behind (the reference plugin keeps the veth
    when its IPAM finds no address): the specification lets the runtime clean
    up with DEL, so no scenario asks that a failed ADD leave nothing.
  - An unknown CNI_COMMAND is an invalid environment variable: code 4.

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

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

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
    And pod2 holds no address in 10.22.0.0/30

    @requires:cni-plugins
    Examples: the reference bridge plugin
      | plugin |
      | bridge |

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

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

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |
