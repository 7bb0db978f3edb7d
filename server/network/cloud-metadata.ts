// Cloud instance-metadata endpoints hand out credentials to whoever asks from
// inside the machine: the prime target of server-side request forgery. Their
// ranges are blocked anyway; naming them gives a clearer refusal, and an
// allow-list range does not open them unless it names the host exactly.
export const CLOUD_METADATA_ADDRESSES: readonly { address: string; service: string }[] = [
  { address: "169.254.169.254", service: "AWS, GCP, Azure, OpenStack and others" },
  { address: "169.254.170.2", service: "AWS ECS task metadata" },
  { address: "169.254.170.23", service: "AWS EKS Pod Identity" },
  { address: "100.100.100.200", service: "Alibaba Cloud" },
  { address: "192.0.0.192", service: "Oracle Cloud" },
  { address: "fd00:ec2::254", service: "AWS, over IPv6" },
  { address: "fd00:ec2::23", service: "AWS EKS Pod Identity, over IPv6" },
  { address: "fd20:ce::254", service: "GCP, over IPv6" },
];
