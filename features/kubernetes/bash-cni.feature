@bash @requires:jq
Feature: netspec-bash-cni, a CNI plugin written in bash
  The source text names the demo machine "bash" and says no more. Its demo runs
  a small Kubernetes cluster whose pods are wired by a CNI plugin written in
  bash: a bridge cni0 holds the subnet's first address as the pods' gateway,
  each pod gets a veth pair and the next address of the node's subnet that is
  still free. netspec ships such a plugin of its own
  (src/main/resources/assets/cni/netspec-bash-cni), sends it to the target
  through the sandbox's shell, and calls it here as a container runtime would.
  The CNI contract it keeps is checked with the other plugins in
  cni-conformance.feature; these scenarios check what it does to the kernel.

      pod1                      pod2
     [eth0] 10.244.1.2/24      [eth0] 10.244.1.3/24
        |                         |
     [vethXXXXXXXX]--(cni0)--[vethYYYYYYYY]        the sandbox's host namespace
                  10.244.1.1/24

  Where the plugin says more than the text:
  - "the next free address" is the lowest free one: an address DEL gives back is
    the next one handed out (host-local, the reference IPAM, goes on round-robin
    after the last address it gave instead).
  - The bridge's MAC address is pinned when the plugin creates it: a bridge
    whose address was never set takes the lowest MAC of its ports, which would
    make the MAC in earlier results wrong as pods come and go.

  Background:
    Given a pod pod1
    And a pod pod2
    And the CNI plugin netspec-bash-cni with cniVersion 1.0.0 on the subnet 10.244.1.0/24

  Scenario: The bridge holds the subnet's first address as the gateway, the pods the next free ones
    When the runtime adds pod1 to the network
    And the runtime adds pod2 to the network
    Then cni0 holds the address 10.244.1.1/24
    And eth0 in pod1 holds the address 10.244.1.2/24
    And eth0 in pod2 holds the address 10.244.1.3/24
    And pod1 routes everything through 10.244.1.1
    And pod2 routes everything through 10.244.1.1

  Scenario: An address DEL gave back is the next one handed out
    Given a pod pod3
    And pod1 has been added to the network
    And pod2 has been added to the network
    When the runtime deletes pod1 from the network
    And the runtime adds pod3 to the network
    Then eth0 in pod3 holds the address 10.244.1.2/24
    And the IPAM state reserves the address of pod3 for its container

  Scenario: The bridge keeps the MAC address the results gave it while pods come and go
    Given a pod pod3
    And pod1 has been added to the network
    And pod2 has been added to the network
    When the runtime deletes pod1 from the network
    And the runtime adds pod3 to the network
    Then the result for pod2 matches the kernel
    And the result for pod3 matches the kernel

  @requires:ping
  Scenario: Pods on cni0 reach each other
    Given pod1 has been added to the network
    And pod2 has been added to the network
    When pod1 pings 10.244.1.3
    Then the ping gets replies
    And cni0 has learned the MAC address of pod2 on its veth
    # mutant survives: Then cni0 has learned the MAC address of pod1 on its veth because pod1 talked with pod2 on cni0, so the bridge learned both

  @requires:ping
  Scenario: A pod deleted from the network is no longer reached
    Given pod1 has been added to the network
    And pod2 has been added to the network
    When the runtime deletes pod2 from the network
    And pod1 pings 10.244.1.3
    Then the ping gets no reply
    And the veth of pod2 on the host is gone

  Scenario: Without a DEL, the next pod gets the address after the last one handed out
    Given a pod pod3
    And pod1 has been added to the network
    And pod2 has been added to the network
    When the runtime adds pod3 to the network
    Then eth0 in pod3 holds the address 10.244.1.4/24
    And the IPAM state reserves the address of pod3 for its container
    # mutant survives: Then the IPAM state reserves the address of pod1 for its container because without a DEL pod1 keeps its address reserved too; the scenario's claim is pod3's next address
