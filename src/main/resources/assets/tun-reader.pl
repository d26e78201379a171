# tun-reader.pl NAME tun|tap OUTFILE
#
# Attaches to the tun or tap device NAME through /dev/net/tun (creating it, not persistent, when it
# does not exist) and writes every packet it reads to OUTFILE: a first line "# attached NAME MODE",
# then one line of lowercase hex per packet. It runs until it is killed; the device loses its carrier
# (or vanishes, when not persistent) as soon as it exits.
#
# Written for perl-base alone (Essential on Debian), so that a target needs no compiler and no extra
# package. Part of netspec: src/main/resources/assets/tun-reader.pl.
use strict;
use warnings;
use POSIX ();

my ($name, $mode, $out) = @ARGV;
die "usage: tun-reader.pl NAME tun|tap OUTFILE\n"
    unless defined $out && defined $mode && $mode =~ /\A(?:tun|tap)\z/ && length($name) < 16;

my %IFF = (tun => 0x0001, tap => 0x0002);
my $IFF_NO_PI = 0x1000;    # no 4-byte packet information header: the reader sees the packet itself

# TUNSETIFF is _IOW('T', 202, int). Most architectures put the "write" direction bit at bit 30;
# alpha, mips, powerpc and sparc put it at bit 31.
my $machine = (POSIX::uname())[4];
my $TUNSETIFF = $machine =~ /\A(?:alpha|mips|ppc|powerpc|sparc)/ ? 0x800454ca : 0x400454ca;

open(my $tun, '+<', '/dev/net/tun') or die "cannot open /dev/net/tun: $!\n";
# struct ifreq: a 16-byte name, then a union whose first member is the short ifr_flags (40 bytes in all)
my $ifreq = pack('Z16 s x22', $name, $IFF{$mode} | $IFF_NO_PI);
ioctl($tun, $TUNSETIFF, $ifreq) or die "TUNSETIFF $name ($mode): $!\n";
my $attached = unpack('Z16', $ifreq);

open(my $log, '>', $out) or die "cannot write $out: $!\n";
syswrite($log, "# attached $attached $mode\n");
while (1) {
    my $n = sysread($tun, my $packet, 65536);
    die "reading $attached: $!\n" unless defined $n;
    last if $n == 0;
    syswrite($log, unpack('H*', $packet) . "\n");
}
