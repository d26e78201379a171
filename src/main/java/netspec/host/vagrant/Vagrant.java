package netspec.host.vagrant;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The {@code vagrant} command, run in the folder of a Vagrantfile. */
final class Vagrant {

    record Outcome(int exitStatus, String output) {
        boolean succeeded() {
            return exitStatus == 0;
        }
    }

    private final String executable;
    private final Path directory;

    Vagrant(String executable, Path directory) {
        this.executable = executable;
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Stdout and stderr together, as Vagrant interleaves its explanations. */
    Outcome run(Duration timeout, String... arguments) {
        List<String> argv = new ArrayList<>(List.of(executable));
        argv.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(argv).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new VagrantProblem("the vagrant command cannot be run (" + e.getMessage() + "): install Vagrant"
                    + " (https://developer.hashicorp.com/vagrant/install) or set netspec.vagrant.command to it");
        }
        try {
            process.getOutputStream().close();
            // read on this thread: vagrant's output is small, and reading avoids a full pipe blocking it
            var output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the process was killed: what it printed so far is what we have
                }
            });
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new VagrantProblem("'vagrant " + String.join(" ", arguments) + "' did not finish within "
                        + timeout.toSeconds() + " s");
            }
            reader.join(5000);
            return new Outcome(process.exitValue(), output.toString());
        } catch (IOException e) {
            throw new VagrantProblem("talking to vagrant failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new VagrantProblem("interrupted while running vagrant " + String.join(" ", arguments));
        }
    }
}
