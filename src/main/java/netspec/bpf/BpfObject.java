package netspec.bpf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import netspec.capability.Multiarch;
import netspec.lab.Assets;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.args.InvalidStepArgument;
import netspec.shell.CommandResult;

/**
 * A BPF object file built on the target from C source kept under src/main/resources/assets/bpf, so that it
 * matches the target's kernel headers and needs nothing built beforehand. By netspec's convention the
 * program is named after its source file and sits in the ELF section "tc".
 *
 * @param path    the object file in the sandbox
 * @param program the function name of the program, e.g. icmp_echo_responder
 */
public record BpfObject(String path, String program) {

    public static final String SECTION = "tc";
    private static final Pattern SOURCE_NAME = Pattern.compile("[a-z][a-z0-9_]*\\.c");

    /** Sends the source into the sandbox and compiles it there with clang for the BPF target. */
    public static BpfObject build(Lab lab, String sourceName) {
        if (!SOURCE_NAME.matcher(sourceName).matches()) {
            throw new InvalidStepArgument("BPF source", sourceName,
                    "name a C file of src/main/resources/assets/bpf, like icmp_echo_responder.c");
        }
        String source = Assets.install(lab, "bpf/" + sourceName);
        String object = source.substring(0, source.length() - 2) + ".o";
        List<String> clang = new ArrayList<>(List.of("clang", "-O2", "-g", "-target", "bpf"));
        CommandResult multiarch = lab.run("finding the multiarch include directory", Place.HOST, "sh", "-c",
                Multiarch.COMMAND);
        if (!multiarch.stdout().isBlank()) {
            clang.add("-I/usr/include/" + multiarch.stdout().strip());
        }
        clang.addAll(List.of("-c", source, "-o", object));
        lab.run("compiling " + sourceName + " for the BPF target", Place.HOST, clang.toArray(String[]::new));
        return new BpfObject(object, sourceName.substring(0, sourceName.length() - 2));
    }
}
