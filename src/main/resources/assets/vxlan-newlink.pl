# Asks the kernel for a VXLAN device with one RTM_NEWLINK request, as iproute2 would, but without
# iproute2's own check of the VNI: the kernel's answer is what this is for. Needs perl-base only.
# Usage: perl vxlan-newlink.pl NAME VNI PORT. Exit 0 when the kernel created it; otherwise exit 2
# with the kernel's error and its extended-ack message on stderr.
use strict;
use warnings;
use Errno;
use POSIX qw(strerror);

my ($AF_NETLINK, $SOCK_RAW, $NETLINK_ROUTE, $SOL_NETLINK, $NETLINK_EXT_ACK) = (16, 3, 0, 270, 11);
my ($RTM_NEWLINK, $NLMSG_ERROR) = (16, 2);
my ($NLM_F_REQUEST, $NLM_F_ACK, $NLM_F_EXCL, $NLM_F_CREATE, $NLM_F_CAPPED) = (0x1, 0x4, 0x200, 0x400, 0x100);
my ($IFLA_IFNAME, $IFLA_LINKINFO, $IFLA_INFO_KIND, $IFLA_INFO_DATA) = (3, 18, 1, 2);
my ($IFLA_VXLAN_ID, $IFLA_VXLAN_PORT, $NLA_F_NESTED, $NLMSGERR_ATTR_MSG) = (1, 15, 0x8000, 1);

sub attr {
    my ($kind, $payload) = @_;
    my $length = 4 + length $payload;
    return pack("S S", $length, $kind) . $payload . ("\0" x ((4 - $length % 4) % 4));
}

my ($name, $vni, $port) = @ARGV;
my $data = attr($IFLA_VXLAN_ID, pack("L", $vni)) . attr($IFLA_VXLAN_PORT, pack("n", $port));
my $linkinfo = attr($IFLA_INFO_KIND, "vxlan\0") . attr($IFLA_INFO_DATA | $NLA_F_NESTED, $data);
my $body = pack("C x S l L L", 0, 0, 0, 0, 0)    # struct ifinfomsg, AF_UNSPEC
    . attr($IFLA_IFNAME, "$name\0") . attr($IFLA_LINKINFO | $NLA_F_NESTED, $linkinfo);
my $flags = $NLM_F_REQUEST | $NLM_F_ACK | $NLM_F_CREATE | $NLM_F_EXCL;
my $request = pack("L S S L L", 16 + length $body, $RTM_NEWLINK, $flags, 1, 0) . $body;

socket(my $sock, $AF_NETLINK, $SOCK_RAW, $NETLINK_ROUTE) or die "netlink socket: $!\n";
setsockopt($sock, $SOL_NETLINK, $NETLINK_EXT_ACK, pack("i", 1)) or die "NETLINK_EXT_ACK: $!\n";
send($sock, $request, 0) or die "send: $!\n";
defined recv($sock, my $reply, 65536, 0) or die "recv: $!\n";

my ($length, $type, $reply_flags) = unpack("L S S", $reply);
die "unexpected netlink answer of type $type\n" if $type != $NLMSG_ERROR;
my $error = -unpack("l", substr($reply, 16, 4));
exit 0 if $error == 0;
# the request comes back after the error code (only its header if capped), then the extended-ack attributes
my $offset = 20 + ($reply_flags & $NLM_F_CAPPED ? 16 : unpack("L", substr($reply, 20, 4)));
my $message = "";
while ($offset + 4 <= $length) {
    my ($attr_length, $attr_kind) = unpack("S S", substr($reply, $offset, 4));
    $message = unpack("Z*", substr($reply, $offset + 4, $attr_length - 4)) if $attr_kind == $NLMSGERR_ATTR_MSG;
    $offset += ($attr_length + 3) & ~3;
}
local $! = $error;
my ($symbol) = grep { $!{$_} } keys %!;
printf STDERR "kernel: %s (%s): %s\n", $symbol // $error, strerror($error), $message;
exit 2;
