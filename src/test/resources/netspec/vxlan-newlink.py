# Asks the kernel for a VXLAN device with one RTM_NEWLINK request, as iproute2 would, but without
# iproute2's own check of the VNI: the kernel's answer is what this is for.
# Usage: python3 vxlan-newlink.py NAME VNI PORT. Exit 0 when the kernel created it; otherwise exit 2
# with the kernel's error and its extended-ack message on stderr.
import errno, os, socket, struct, sys

RTM_NEWLINK, NLMSG_ERROR = 16, 2
NLM_F_REQUEST, NLM_F_ACK, NLM_F_EXCL, NLM_F_CREATE, NLM_F_CAPPED = 0x1, 0x4, 0x200, 0x400, 0x100
IFLA_IFNAME, IFLA_LINKINFO, IFLA_INFO_KIND, IFLA_INFO_DATA = 3, 18, 1, 2
IFLA_VXLAN_ID, IFLA_VXLAN_PORT = 1, 15
NLA_F_NESTED, NLMSGERR_ATTR_MSG = 0x8000, 1
SOL_NETLINK, NETLINK_EXT_ACK = 270, 11


def attr(kind, payload):
    length = 4 + len(payload)
    return struct.pack("=HH", length, kind) + payload + b"\0" * (-length % 4)


name, vni, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
data = attr(IFLA_VXLAN_ID, struct.pack("=I", vni)) + attr(IFLA_VXLAN_PORT, struct.pack("!H", port))
linkinfo = attr(IFLA_INFO_KIND, b"vxlan\0") + attr(IFLA_INFO_DATA | NLA_F_NESTED, data)
body = (struct.pack("=BxHiII", socket.AF_UNSPEC, 0, 0, 0, 0)
        + attr(IFLA_IFNAME, name.encode() + b"\0") + attr(IFLA_LINKINFO | NLA_F_NESTED, linkinfo))
flags = NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL
request = struct.pack("=IHHII", 16 + len(body), RTM_NEWLINK, flags, 1, 0) + body

sock = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, socket.NETLINK_ROUTE)
sock.setsockopt(SOL_NETLINK, NETLINK_EXT_ACK, 1)
sock.send(request)
reply = sock.recv(65536)
length, kind, reply_flags, _, _ = struct.unpack_from("=IHHII", reply)
if kind != NLMSG_ERROR:
    sys.exit("unexpected netlink answer of type %d" % kind)
error = -struct.unpack_from("=i", reply, 16)[0]
if error == 0:
    sys.exit(0)
# the request comes back after the error code (only its header if capped), then the extended-ack attributes
offset = 20 + (16 if reply_flags & NLM_F_CAPPED else struct.unpack_from("=I", reply, 20)[0])
message = ""
while offset + 4 <= length:
    attr_length, attr_kind = struct.unpack_from("=HH", reply, offset)
    if attr_kind == NLMSGERR_ATTR_MSG:
        message = reply[offset + 4:offset + attr_length].rstrip(b"\0").decode()
    offset += (attr_length + 3) & ~3
print("kernel: %s (%s): %s" % (errno.errorcode.get(error, error), os.strerror(error), message), file=sys.stderr)
sys.exit(2)
