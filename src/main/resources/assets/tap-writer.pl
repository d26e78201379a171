# tap-writer.pl NAME COUNT HEXFRAME
#
# Attaches to the tap device NAME through /dev/net/tun, as qemu does for a guest's network card, and
# writes the Ethernet frame HEXFRAME (lowercase hex) COUNT times into it, 100 ms apart: each write hands
# the frame to the kernel as if it had arrived on the device. It prints "# attached NAME tap" once it
# holds the device and "# wrote N frames of B bytes" at the end, and keeps the device a little longer so
# that the kernel's answers have somewhere to go. A tap takes one process at a time: no reader may hold it.
#
# Written for perl-base alone (Essential on Debian), like tun-reader.pl. Part of netspec:
# src/main/resources/assets/tap-writer.pl.
use strict;
use warnings;
use POSIX ();

my ($name, $count, $hex) = @ARGV;
die "usage: tap-writer.pl NAME COUNT HEXFRAME\n"
    unless defined $hex && length($name) < 16 && $count =~ /\A[0-9]+\z/ && $hex =~ /\A(?:[0-9a-f]{2}){14,}\z/;

my $IFF_TAP = 0x0002;
my $IFF_NO_PI = 0x1000;    # no 4-byte packet information header: what is written is the frame itself

# TUNSETIFF is _IOW('T', 202, int); see tun-reader.pl for the architectures that differ
my $machine = (POSIX::uname())[4];
my $TUNSETIFF = $machine =~ /\A(?:alpha|mips|ppc|powerpc|sparc)/ ? 0x800454ca : 0x400454ca;

open(my $tun, '+<', '/dev/net/tun') or die "cannot open /dev/net/tun: $!\n";
my $ifreq = pack('Z16 s x22', $name, $IFF_TAP | $IFF_NO_PI);
ioctl($tun, $TUNSETIFF, $ifreq) or die "TUNSETIFF $name (tap): $!\n";
my $attached = unpack('Z16', $ifreq);
$| = 1;
print "# attached $attached tap\n";

# the carrier comes with the descriptor, but the kernel passes carrier changes on (to a bridge, say) in
# batches up to a second apart; a bridge port without STP forwards as soon as it sees the carrier
select(undef, undef, undef, 1.5);
my $frame = pack('H*', $hex);
for (1 .. $count) {
    my $n = syswrite($tun, $frame);
    die "writing to $attached: $!\n" unless defined $n && $n == length($frame);
    select(undef, undef, undef, 0.1);
}
print "# wrote $count frames of " . length($frame) . " bytes\n";
select(undef, undef, undef, 0.3);
