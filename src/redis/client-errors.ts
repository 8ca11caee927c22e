/**
 * What ioredis raises when Redis is away rather than wrong, for the console (a 503) and the command
 * line (REDIS_UNAVAILABLE): one list, so that the two never tell the same error apart differently.
 */

/** the errors ioredis's client raises of itself, by name: a reply, a dropped or failed connection, a cluster away */
export const REDIS_ERROR_NAMES: ReadonlySet<string> = new Set(['ReplyError', 'ParserError', 'AbortError', 'RedisError', 'MaxRetriesPerRequestError', 'ClusterAllFailedError'])

/**
 * ...and by message, for those it raises as a plain Error: `commandTimeout` passed ("Command timed
 * out": Redis slow or paused), the socket gone or stalled, no node to send to, the offline queue off
 */
export const REDIS_AWAY_MESSAGE = /Command timed out|Connection is closed|Socket timeout|connect ETIMEDOUT|None of startup nodes is available|Cluster is disconnect|Node is disconnected|No master node is available|Too many Cluster redirections|enableOfflineQueue|Stream isn't writeable|Failed to refresh slots cache|Cluster isn't ready/i
