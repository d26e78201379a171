package netspec.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Open vSwitch's learned addresses, from output captured on Open vSwitch 3.1.0 (captured/ovs). */
class OvsFdbEntryTest {

    private static final String FDB = Captured.read("ovs/fdb-show.txt");
    private static final String INTERFACES = Captured.read("ovs/list-interface.json");

    @Test
    void eachRowNamesItsPortByInterface() {
        assertThat(OvsFdbEntry.parse(FDB, INTERFACES)).containsExactly(
                new OvsFdbEntry("ovp1", 0, "da:48:5c:b3:7e:75", "1"),
                new OvsFdbEntry("ovp2", 0, "82:15:2c:cf:83:82", "0"));
    }

    @Test
    void aPortNoInterfaceHasKeepsItsNumber() {
        assertThat(OvsFdbEntry.parse(FDB, "{\"data\":[],\"headings\":[\"name\",\"ofport\"]}"))
                .extracting(OvsFdbEntry::port).containsExactly("[1]", "[2]");
    }

    @Test
    void anEmptyTableIsTheHeaderAlone() {
        assertThat(OvsFdbEntry.parse(FDB.lines().findFirst().orElseThrow(), INTERFACES)).isEmpty();
    }

    @Test
    void interfacesThatAreNotJsonAreRefused() {
        assertThatThrownBy(() -> OvsFdbEntry.parse(FDB, "ovs-vsctl: unix:/tmp/db.sock: database connection failed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the JSON of ovs-vsctl");
    }
}
