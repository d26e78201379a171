package netspec.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import netspec.evidence.args.Cidr;
import netspec.evidence.args.InvalidStepArgument;
import netspec.evidence.args.IpAddress;

class Ipv4SubnetTest {

    private final Ipv4Subnet lease = Ipv4Subnet.of(Cidr.parse("10.244.1.0/24"));

    @Test
    void countsAddressesFromTheSubnetsOwn() {
        assertThat(lease.address(0)).isEqualTo(IpAddress.parse("10.244.1.0"));
        assertThat(lease.address(1)).isEqualTo(IpAddress.parse("10.244.1.1"));
        assertThat(lease.address(255)).isEqualTo(IpAddress.parse("10.244.1.255"));
        assertThatThrownBy(() -> lease.address(256)).hasMessageContaining("no address number 256");
    }

    @Test
    void knowsItsAddresses() {
        assertThat(lease.contains(IpAddress.parse("10.244.1.7"))).isTrue();
        assertThat(lease.contains(IpAddress.parse("10.244.2.7"))).isFalse();
        assertThat(lease.contains(IpAddress.parse("fd00::1"))).isFalse();
        assertThat(Ipv4Subnet.of(Cidr.parse("0.0.0.0/0")).contains(IpAddress.parse("255.255.255.255"))).isTrue();
    }

    @Test
    void givesAnAddressItsPrefix() {
        assertThat(lease.withPrefix(IpAddress.parse("10.244.1.2"))).hasToString("10.244.1.2/24");
        assertThat(Ipv4Subnet.of(Cidr.parse("10.244.0.0/16"))).hasToString("10.244.0.0/16");
    }

    @Test
    void findsTheSubnetOfAnAddress() {
        assertThat(Ipv4Subnet.containing(Cidr.parse("10.244.0.2/24"))).isEqualTo(Ipv4Subnet.of(Cidr.parse("10.244.0.0/24")));
        assertThat(Ipv4Subnet.containing(Cidr.parse("10.244.0.0/24")).address(1)).isEqualTo(IpAddress.parse("10.244.0.1"));
    }

    @Test
    void refusesAHostAddressOrIpv6() {
        assertThatThrownBy(() -> Ipv4Subnet.of(Cidr.parse("10.244.1.5/24"))).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("the subnet is 10.244.1.0/24");
        assertThatThrownBy(() -> Ipv4Subnet.of(Cidr.parse("fd00::/64"))).isInstanceOf(InvalidStepArgument.class)
                .hasMessageContaining("IPv6");
    }
}
