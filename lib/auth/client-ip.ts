/** Header set by the custom server from the socket address (client-sent values are overwritten). */
export const CLIENT_IP_HEADER = "x-pks-client-ip";
