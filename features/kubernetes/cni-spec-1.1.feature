@bash @cni @cni-spec-1.1
Feature: CNI specification 1.1: STATUS, GC, and what a plugin prints
  Version 1.1.0 of the CNI specification adds two verbs. STATUS asks whether
  the plugin can serve an ADD: it "must exit with a zero (success) return code
  if the plugin is ready", and otherwise exit non-zero with an error, 50 "The
  plugin is not available (i.e. cannot service ADD requests)"; a plugin with a
  limited number of resources, such as addresses, "should return an error if
  those resources are exhausted". GC gives the plugin the list of attachments
  that are still valid, `cni.dev/valid-attachments` (each a containerID and
  an ifname), and the plugin "should remove any IPAM reservations associated
  with attachments not in the provided list"; it prints nothing on success.
  STATUS gets the configuration and CNI_PATH, GC the configuration with that
  list, and neither gets a container ID.

  The specification's rules for output hold for every version: a successful
  DEL or CHECK prints nothing ("The plugin must return either nothing or an
  error"), an error is the JSON of "Error" with `cniVersion`, `code` and
  `msg`, and codes 1 to 99 are the well-known ones (100 and up are the
  plugin's own). The STATUS and GC rows run where the plugin's VERSION lists
  1.1.0 and are skipped, saying so, where it does not; what a plugin that does
  not speak 1.1.0 must do with a 1.1.0 configuration (refuse it with code 1,
  incompatible CNI version) has rows of its own. GC is checked in the plugin's
  IPAM state (its reservation files) and in the kernel.

  Where the plugins and the specification's text part ways:
  - Debian's reference plugins (containernetworking-plugins 1.1.1) list the
    versions 0.1.0 to 1.0.0, so their STATUS and GC rows are skipped. They
    refuse an ADD of a 1.1.0 configuration with code 1, but answer STATUS and
    GC (with any cniVersion) with code 3 "missing containerID": they read
    CNI_CONTAINERID before they look at the command, and given CNI_CONTAINERID,
    CNI_NETNS and CNI_IFNAME they answer code 4 "unknown CNI_COMMAND: STATUS"
    (or GC). Neither is code 1, so they have no row in "STATUS and GC of a
    configuration older than 1.1.0 are refused with code 1".
  - Asked for VERSION with cniVersion 1.1.0, the reference plugin answers with
    cniVersion 1.0.0, where the specification asks for the value given on input.
  - The reference plugin leaves `cniVersion` out of its errors, so it has no
    row in "Every error carries the cniVersion of the call".
  - The reference plugin answers code 999 (its own class) where a well-known
    code names the case: for a network namespace that does not exist (3,
    "Container unknown or does not exist") and for a subnet that is no network,
    such as 10.22.0.0/33 (7, "Invalid network config"). It does answer 7 for a
    configuration without a name.
  - The reference plugins that list 1.1.0 (containernetworking-plugins
    1.9.1, Debian forky) answer STATUS in bridge but not in host-local, its
    IPAM: STATUS exits 0 with no address left (a "should" of the text), so
    they have no row in "STATUS answers 50". Neither bridge nor host-local
    implements GC: the call exits 0 and every reservation stays, so they have
    no row in "GC releases the reservation" (seen on forky's 7.2 kernel, and
    with host-local 1.9.1 run by hand on this machine: the plugin's doing, not the
    kernel's).
  - netspec-bash-cni refuses STATUS and GC of a configuration older than
    1.1.0 with code 1, as the reference plugins refuse CHECK of a 0.3.x
    configuration: the version of the call has no such verb.

  Scenario Outline: STATUS succeeds while the plugin can serve an ADD (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.1.0 on the subnet 10.22.0.0/30
    And the plugin's VERSION lists 1.1.0
    When the runtime asks the plugin for its STATUS
    Then the plugin succeeds
    When the runtime adds pod1 to the network
    Then the plugin succeeds
    And the result for pod1 matches the kernel

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

  Scenario Outline: STATUS answers 50, plugin not available, once no address is left (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.1.0 on the subnet 10.22.0.0/30
    And the plugin's VERSION lists 1.1.0
    And pod1 has been added to the network
    When the runtime asks the plugin for its STATUS
    Then the plugin fails with the error code 50
    And the IPAM state reserves the address of pod1 for its container
    When the runtime adds pod2 to the network
    Then the plugin fails with an error code of its own
    And pod1 holds an address in 10.22.0.0/30
    But pod2 holds no address in 10.22.0.0/30

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: GC releases the reservation of an attachment it does not list, and keeps the one it lists (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.1.0 on the subnet 10.22.0.0/24
    And the plugin's VERSION lists 1.1.0
    And pod1 has been added to the network
    And pod2 has been added to the network
    When the runtime collects garbage, keeping only pod2
    Then the plugin succeeds with nothing on stdout
    And the IPAM state no longer reserves the address of pod1
    And the IPAM state reserves the address of pod2 for its container
    And the result for pod2 matches the kernel

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: GC keeps every attachment it lists (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.1.0 on the subnet 10.22.0.0/24
    And the plugin's VERSION lists 1.1.0
    And pod1 has been added to the network
    And pod2 has been added to the network
    When the runtime collects garbage, keeping pod1 and pod2
    Then the plugin succeeds with nothing on stdout
    And the IPAM state reserves the address of pod1 for its container
    And the IPAM state reserves the address of pod2 for its container
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

  Scenario Outline: STATUS and GC of a configuration older than 1.1.0 are refused with code 1 (<plugin>)
    Given a pod pod1
    And a pod pod2
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    And the plugin's VERSION lists 1.1.0
    And pod1 has been added to the network
    When the runtime asks the plugin for its STATUS
    Then the plugin fails with the error code 1
    When the runtime collects garbage, keeping only pod2
    Then the plugin fails with the error code 1
    And the IPAM state reserves the address of pod1 for its container
    And the result for pod1 matches the kernel

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           |
      | netspec-bash-cni |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            |
      | plugin-under-test |

  Scenario Outline: A plugin that does not speak 1.1.0 refuses a 1.1.0 configuration with code 1 (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.1.0 on the subnet 10.22.0.0/24
    And the plugin's VERSION does not list 1.1.0
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

  Scenario Outline: A successful CHECK and a successful DEL print nothing (<plugin>, <cniVersion>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion <cniVersion> on the subnet 10.22.0.0/24
    And pod1 has been added to the network
    When the runtime checks pod1
    Then the plugin succeeds with nothing on stdout
    And the result for pod1 matches the kernel
    When the runtime deletes pod1 from the network
    Then the plugin succeeds with nothing on stdout
    And pod1 has no interface eth0

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

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            | cniVersion |
      | plugin-under-test | 1.0.0      |

  Scenario Outline: Every error carries the cniVersion of the call (<plugin>, <cniVersion>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion <cniVersion> on the subnet 10.22.0.0/24
    When the runtime calls the plugin with CNI_COMMAND FLY for pod1
    Then the plugin's error carries the configured cniVersion
    When the runtime adds pod1 without CNI_NETNS
    Then the plugin's error carries the configured cniVersion
    And pod1 has no interface eth0
    Given pod1 has been added to the network
    And someone removes the address of pod1 from eth0 in pod1
    When the runtime checks pod1
    Then the plugin's error carries the configured cniVersion
    And eth0 in pod1 no longer holds the address of pod1

    @requires:jq
    Examples: netspec-bash-cni
      | plugin           | cniVersion |
      | netspec-bash-cni | 1.1.0      |
      | netspec-bash-cni | 1.0.0      |
      | netspec-bash-cni | 0.4.0      |

    @requires:cni-plugin-under-test @plugin-under-test
    Examples: your plugin
      | plugin            | cniVersion |
      | plugin-under-test | 1.0.0      |

  Scenario Outline: A configuration without a network name is an invalid configuration, code 7 (<plugin>)
    Given a pod pod1
    And the CNI plugin <plugin> with cniVersion 1.0.0 on the subnet 10.22.0.0/24
    When the runtime adds pod1 with a configuration that has no name
    Then the plugin fails with the error code 7
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
