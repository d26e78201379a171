package netspec.kernel.k8s;

import netspec.evidence.args.ContainerName;
import netspec.lab.BackgroundProcess;

/** A process that joined its pod's network, IPC and UTS namespaces with nsenter, as the sandbox numbers it. */
public record Container(ContainerName name, Pod pod, BackgroundProcess process) {

    public long pid() {
        return process.pid();
    }

    @Override
    public String toString() {
        return "container " + name;
    }
}
