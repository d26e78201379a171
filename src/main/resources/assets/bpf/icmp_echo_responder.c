// SPDX-License-Identifier: GPL-2.0
/*
 * A tc classifier (direct-action mode) that answers ICMP echo requests itself, before the kernel's IP
 * stack sees them: it turns the request into the reply in place and sends it back out of the device it
 * came in on. Everything else passes unchanged.
 *
 * netspec builds it on the target with
 *   clang -O2 -g -target bpf -I/usr/include/$(clang -print-multiarch) -c icmp_echo_responder.c
 * and attaches it with
 *   tc filter add dev DEV ingress bpf da obj icmp_echo_responder.o sec tc
 * The program is named after this file, which is how the specs find it in `tc filter show`.
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/in.h>
#include <linux/ip.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>

/* linux/icmp.h would pull in the C library's headers, which have no BPF flavour */
#define ICMP_ECHOREPLY 0
#define ICMP_ECHO 8

struct icmp_echo {
	__u8 type;
	__u8 code;
	__sum16 checksum;
	__be16 id;
	__be16 sequence;
};

/* RFC 1624: the checksum after one 16-bit word of the message went from old to new */
static __always_inline __sum16 checksum_after(__sum16 checksum, __u16 old, __u16 new)
{
	__u32 sum = (__u16)~bpf_ntohs(checksum) + (__u16)~old + new;

	sum = (sum & 0xffff) + (sum >> 16);
	sum = (sum & 0xffff) + (sum >> 16);
	return bpf_htons((__u16)~sum);
}

SEC("tc")
int icmp_echo_responder(struct __sk_buff *skb)
{
	void *data = (void *)(long)skb->data;
	void *data_end = (void *)(long)skb->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	struct icmp_echo *icmp = (void *)(ip + 1);
	unsigned char mac[ETH_ALEN];
	__be32 address;

	/* the verifier insists: every byte read must be inside the packet */
	if ((void *)(icmp + 1) > data_end)
		return TC_ACT_OK;
	if (eth->h_proto != bpf_htons(ETH_P_IP) || ip->ihl != 5 || ip->protocol != IPPROTO_ICMP)
		return TC_ACT_OK;
	if (icmp->type != ICMP_ECHO || icmp->code != 0)
		return TC_ACT_OK;

	__builtin_memcpy(mac, eth->h_source, ETH_ALEN);
	__builtin_memcpy(eth->h_source, eth->h_dest, ETH_ALEN);
	__builtin_memcpy(eth->h_dest, mac, ETH_ALEN);

	/* swapping two words of the IP header leaves its checksum as it is */
	address = ip->saddr;
	ip->saddr = ip->daddr;
	ip->daddr = address;

	/* type and code are the first word of the ICMP message: 8,0 becomes 0,0 */
	icmp->type = ICMP_ECHOREPLY;
	icmp->checksum = checksum_after(icmp->checksum, ICMP_ECHO << 8, ICMP_ECHOREPLY << 8);

	/* out of the device the request came in on, as if the reply had been sent from here */
	return bpf_redirect(skb->ifindex, 0);
}

char LICENSE[] SEC("license") = "GPL";
