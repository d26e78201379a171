@pause
Feature: The pod sandbox: a pause process holds the namespaces a pod's containers share
  The source text names the demo machine "pause" and says no more. Its demo, and
  the Kubernetes documentation it points to, describe the pause container as the
  first process of every pod: it holds the pod's namespaces and the pod's
  containers join them, so they reach each other on localhost and share IPC;
  with process namespace sharing it is PID 1 of the pod and reaps the zombies
  left in it. The container runtime then calls a CNI plugin to give the pod's
  network namespace an interface and an address (ADD), to verify them (CHECK)
  and to take them away (DEL).

  Here, as containerd and CRI-O do, the runtime first creates the pod's network
  namespace and names it (/run/netns/pod1); the pause process starts inside it
  with `unshare --ipc --uts --pid --fork`, so it holds the pod's network, IPC,
  UTS and PID namespaces, and the runtime sets the pod's host name to its name.
  A container is a process that joins those namespaces with
  `nsenter --target <pause PID>`. The CNI plugins are Debian's reference
  plugins (containernetworking-plugins: bridge with host-local IPAM), called
  with the CNI_* variables and the network configuration on stdin exactly as a
  runtime calls them.

      pod1: the network, IPC, UTS and PID namespaces of its pause process
     +--------------------------------------------------------------+
     |  pause (PID 1)      app          sidecar                     |
     |        lo 127.0.0.1, shared             eth0 10.22.0.2/16    |
     +-----------------------------------------------|--------------+
                                               vethXXXXXXXX
                                                     |
                                                  (cni0) 10.22.0.1/16    the sandbox's host namespace

  Where the kernel and the tools say more than the text:
  - A process whose parent ends is handed to PID 1 of its PID namespace. Only a
    PID 1 that waits for it, like tini or Kubernetes' own pause, removes it from
    the process table once it ends; a plain `sleep` as PID 1 never waits, so the
    orphan stays behind as a zombie (state Z) as long as the pod lives.
  - The reference bridge plugin (containernetworking-plugins 1.1.1) reports its
    own failures, such as CHECK finding the address gone, with code 999, and
    leaves out of every error the `cniVersion` field the specification lists.
  - The pod's eth0 sends IPv6 neighbour discovery as soon as it is up, so cni0
    usually knows the pod's MAC address before any traffic; the contrast is the
    entry gone with the port after DEL.
  - host-local goes on round-robin: after a DEL the next pod gets the address
    after the last one handed out, not the lowest one DEL freed
    (netspec-bash-cni does the opposite, see bash-cni.feature).

  Scenario: Containers that join the pod are in the pause process's network namespace
    Given a pod pod1
    And a container app in pod1
    And a container sidecar in pod1
    Then container app is in the network namespace of pod1
    And container sidecar is in the network namespace of pod1

  Scenario: A container of another pod is in another network namespace
    Given a pod pod1
    And a pod pod2
    And a container other in pod2
    Then container other is not in the network namespace of pod1

  @requires:socat
  Scenario: Containers of a pod reach each other over 127.0.0.1
    Given a pod pod1
    And a container app in pod1 listening on 127.0.0.1 port 8080
    And a container sidecar in pod1
    When container sidecar connects to 127.0.0.1 port 8080
    Then the connection is answered

  @requires:socat
  Scenario: A container of another pod does not reach the pod's 127.0.0.1
    Given a pod pod1
    And a container app in pod1 listening on 127.0.0.1 port 8080
    And a pod pod2
    And a container other in pod2
    When container other connects to 127.0.0.1 port 8080
    Then the connection is refused

  Scenario: Containers of a pod share its IPC namespace
    Given a pod pod1
    And a container app in pod1
    And a container sidecar in pod1
    When container app creates a System V message queue
    Then container sidecar sees that message queue
    # mutant survives: Then container app sees that message queue because app created the queue and sees it in any case; the next scenario is the contrast (another pod's container does not see it)

  Scenario: A container of another pod does not see the pod's message queue
    Given a pod pod1
    And a container app in pod1
    And a pod pod2
    And a container other in pod2
    When container app creates a System V message queue
    Then container other does not see that message queue

  Scenario: Containers of a pod see the host name the runtime gave the pod
    Given a pod pod1
    And a container app in pod1
    And a pod pod2
    And a container other in pod2
    Then container app sees the host name pod1
    But container other does not see the host name pod1

  @requires:tini
  Scenario: With a shared PID namespace, tini as PID 1 reaps an orphan
    Given a pod pod1 whose PID 1 is tini
    When a process in pod1 leaves an orphan behind
    Then the orphan is reaped: it is gone from the process table

  Scenario: A plain sleep as PID 1 leaves the orphan a zombie
    Given a pod pod1 whose PID 1 is a plain sleep
    When a process in pod1 leaves an orphan behind
    Then the orphan stays in the process table as a zombie, a child of PID 1 of pod1

  @requires:cni-plugins
  Scenario: ADD gives the pod eth0 on cni0, and every item of its result is what the kernel shows
    Given a pod pod1
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/16
    When the runtime adds pod1 to the network
    Then the plugin succeeds
    And the result for pod1 lists the bridge cni0, a veth on the host and eth0 in pod1
    And the result for pod1 matches the kernel
    And the gateway of the result for pod1 is an address of cni0
    And the veth of pod1 on the host is a port of cni0
    And the IPAM state reserves the address of pod1 for its container

  @requires:cni-plugins @requires:ping
  Scenario: The bridge learns the pod's MAC address on the pod's veth
    Given a pod pod1
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/16
    And pod1 has been added to the network
    When pod1 pings 10.22.0.1
    Then the ping gets replies
    And cni0 has learned the MAC address of pod1 on its veth

  @requires:cni-plugins
  Scenario: DEL removes the pod's veth and frees its address, keeps the bridge, and may be repeated
    Given a pod pod1
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/16
    And pod1 has been added to the network
    When the runtime deletes pod1 from the network
    Then the plugin succeeds
    And the veth of pod1 on the host is gone
    And pod1 has no interface eth0
    And cni0 no longer knows the MAC address of pod1
    And the IPAM state no longer reserves the address of pod1
    But the bridge cni0 is still there
    When the runtime deletes pod1 from the network
    Then the plugin succeeds

  @requires:cni-plugins
  Scenario: CHECK passes while the pod is as ADD left it
    Given a pod pod1
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/16
    And pod1 has been added to the network
    When the runtime checks pod1
    Then the plugin succeeds

  @requires:cni-plugins
  Scenario: CHECK fails once the pod's address is removed
    Given a pod pod1
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/16
    And pod1 has been added to the network
    And someone removes the address of pod1 from eth0 in pod1
    When the runtime checks pod1
    Then the plugin fails with an error code of its own
    And eth0 in pod1 no longer holds the address of pod1

  @requires:cni-plugins
  Scenario: host-local hands out the address after the last one it gave, not the lowest one DEL freed
    Given a pod pod1
    And a pod pod2
    And a pod pod3
    And the CNI plugin bridge with cniVersion 1.0.0 on the subnet 10.22.0.0/16
    And pod1 has been added to the network
    And pod2 has been added to the network
    When the runtime deletes pod1 from the network
    And the runtime adds pod3 to the network
    Then the plugin succeeds
    And eth0 in pod3 holds the address 10.22.0.4/16
    And the IPAM state no longer reserves the address of pod1
