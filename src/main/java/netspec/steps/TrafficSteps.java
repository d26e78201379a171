package netspec.steps;

import java.time.Duration;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import netspec.lab.Lab;
import netspec.evidence.Place;
import netspec.evidence.Reading;
import netspec.evidence.args.IpAddress;
import netspec.linux.PingStatistics;
import netspec.evidence.Facts;
import netspec.shell.CommandResult;

/** Traffic between the places of a scenario, and what came back. */
public class TrafficSteps {

    private final Lab lab;
    private final Outcomes outcomes;

    public TrafficSteps(Lab lab, Outcomes outcomes) {
        this.lab = lab;
        this.outcomes = outcomes;
    }

    @When("{place} pings {ip}")
    public void pings(Place from, IpAddress to) {
        pingsTimes(from, to, 3);
    }

    @When("{place} pings {ip} {int} times")
    public void pingsTimes(Place from, IpAddress to, int count) {
        if (count < 1 || count > 100) {
            throw new IllegalArgumentException("ping count " + count + " is invalid: use 1 to 100");
        }
        // a short interval and a 1 s wait per reply keep a failing ping from stalling the scenario
        CommandResult result = lab.attempt(from, Duration.ofSeconds(10 + count), "ping", "-n", "-c",
                Integer.toString(count), "-i", "0.2", "-W", "1", to.value());
        outcomes.ping(new Reading<>(from, result, PingStatistics.parseOrNothingSent(result.stdout())));
    }

    @Then("the ping gets replies")
    public void theReplyComes() {
        Reading<PingStatistics> ping = outcomes.lastPing();
        Facts.expect("every echo request is answered", ping,
                s -> s.received() == s.transmitted() && s.anyReply(), PingStatistics::toString);
    }

    @Then("the ping gets no reply")
    public void noReplyComes() {
        Reading<PingStatistics> ping = outcomes.lastPing();
        // an unreachable network sends nothing and gets nothing: no reply either
        Facts.expect("no echo request is answered", ping, s -> s.received() == 0,
                PingStatistics::toString);
    }
}
