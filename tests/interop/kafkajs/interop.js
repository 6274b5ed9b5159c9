'use strict'
// kafkajs side of the interoperability tests. Started by test_kafkajs.py and
// test_cross_client.py with the cluster's bootstrap list in BOOTSTRAP.
//
//   node interop.js suite                       producer, consumer group, admin and
//                                               partition reassignment cases
//   node interop.js produce TOPIC IN.json       produces the records in IN.json, writes
//                                               their partitions to stdout as JSON
//   node interop.js consume TOPIC COUNT OUT.json  reads COUNT records from the beginning
//
// Records in the JSON files: {key, value, headers: [[name, value]...]} with every byte
// string hex-encoded, so binary keys, values and headers survive the trip.

const fs = require('fs')
const { ConfigResourceTypes, Kafka, logLevel, Partitioners } = require('kafkajs')

const bootstrap = (process.env.BOOTSTRAP || '').split(',').filter(Boolean)
if (bootstrap.length === 0) {
  console.error('interop.js: BOOTSTRAP is not set')
  process.exit(2)
}

const kafka = new Kafka({
  clientId: 'eventscope-interop',
  brokers: bootstrap,
  logLevel: logLevel.ERROR,
  connectionTimeout: 3000,
  requestTimeout: 10000,
  retry: { initialRetryTime: 100, retries: 8 },
})

// Fast group timings; the broker's minimum session timeout is 6 s.
const groupSettings = { sessionTimeout: 6000, heartbeatInterval: 500, rebalanceTimeout: 10000, maxWaitTimeInMs: 500 }

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`)
}

async function waitUntil(predicate, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function unique(prefix) {
  return `${prefix}-${Math.random().toString(16).slice(2, 10)}`
}

async function createTopic(admin, topic, numPartitions) {
  const created = await admin.createTopics({
    topics: [{ topic, numPartitions, replicationFactor: 3 }],
    waitForLeaders: true,
    timeout: 10000,
  })
  assert(created === true, `createTopics(${topic}) returned ${created}`)
}

async function testProducer() {
  const admin = kafka.admin()
  await admin.connect()
  const topic = unique('js-produce')
  await createTopic(admin, topic, 6)
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner })
  await producer.connect()
  const messages = []
  for (let i = 0; i < 60; i++) {
    messages.push({ key: `k${i}`, value: `v${i}`, headers: { n: `${i}` } })
  }
  const results = await producer.send({ topic, acks: -1, messages })
  await producer.disconnect()
  assert(results.every((r) => r.errorCode === 0), JSON.stringify(results))
  const offsets = await admin.fetchTopicOffsets(topic)
  const total = offsets.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0)
  assert(total === 60, `topic holds ${total} records, produced 60`)

  // Idempotent producer: the producer id comes from the controller named in Metadata.
  const idempotent = kafka.producer({ idempotent: true, maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner })
  await idempotent.connect()
  await idempotent.send({ topic, acks: -1, messages: messages.slice(0, 10) })
  await idempotent.disconnect()
  const after = await admin.fetchTopicOffsets(topic)
  const total2 = after.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0)
  assert(total2 === 70, `topic holds ${total2} records after the idempotent send, expected 70`)
  await admin.disconnect()
}

async function testConsumerGroup() {
  const admin = kafka.admin()
  await admin.connect()
  const topic = unique('js-group')
  const groupId = unique('js-g')
  await createTopic(admin, topic, 6)

  const members = []
  for (let i = 0; i < 2; i++) {
    const consumer = kafka.consumer({ groupId, ...groupSettings })
    const member = { consumer, records: [], assigned: [] }
    consumer.on(consumer.events.GROUP_JOIN, (e) => {
      member.assigned = (e.payload.memberAssignment[topic] || []).slice()
    })
    await consumer.connect()
    await consumer.subscribe({ topic, fromBeginning: true })
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        member.records.push({ partition, offset: message.offset, value: message.value.toString() })
      },
    })
    members.push(member)
  }
  try {
    await waitUntil(() => {
      const all = members.flatMap((m) => m.assigned)
      return members.every((m) => m.assigned.length > 0) && all.length === 6 && new Set(all).size === 6
    }, 30000, 'two kafkajs members to share six partitions')

    const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner })
    await producer.connect()
    const messages = []
    for (let i = 0; i < 60; i++) messages.push({ key: `k${i}`, value: `v${i}` })
    await producer.send({ topic, acks: -1, messages })
    await producer.disconnect()

    await waitUntil(() => members.reduce((n, m) => n + m.records.length, 0) >= 60, 20000,
      'the group to consume 60 records')
    const values = members.flatMap((m) => m.records.map((r) => r.value))
    assert(values.length === 60 && new Set(values).size === 60, `consumed ${values.length} records`)
    assert(members.every((m) => m.records.length > 0), 'a member consumed nothing')
    for (const m of members) {
      assert(m.records.every((r) => m.assigned.includes(r.partition)), 'a record from an unassigned partition')
    }
  } finally {
    for (const m of members) await m.consumer.disconnect()
  }

  // kafkajs commits what eachMessage resolved; the commits cover every record.
  const committed = await admin.fetchOffsets({ groupId, topics: [topic] })
  const ends = await admin.fetchTopicOffsets(topic)
  for (const p of committed[0].partitions) {
    const end = ends.find((e) => e.partition === p.partition)
    assert(p.offset === end.high, `partition ${p.partition} committed ${p.offset}, end ${end.high}`)
  }
  const described = await admin.describeGroups([groupId])
  assert(described.groups[0].state === 'Empty', `group state ${described.groups[0].state} after all left`)
  await admin.disconnect()
}

async function testAdmin() {
  const admin = kafka.admin()
  await admin.connect()
  const topic = unique('js-admin')
  await createTopic(admin, topic, 2)
  assert((await admin.listTopics()).includes(topic), 'created topic not listed')
  assert((await admin.createTopics({ topics: [{ topic, numPartitions: 2 }] })) === false,
    'creating an existing topic reported a creation')

  await admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] })
  await waitUntil(async () => {
    const meta = await admin.fetchTopicMetadata({ topics: [topic] })
    return meta.topics[0].partitions.length === 4
  }, 10000, 'four partitions')
  const meta = await admin.fetchTopicMetadata({ topics: [topic] })
  assert(meta.topics[0].partitions.every((p) => p.replicas.length === 3 && p.isr.length === 3),
    JSON.stringify(meta))

  const configs = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['cleanup.policy'] }],
  })
  const entry = configs.resources[0].configEntries.find((e) => e.configName === 'cleanup.policy')
  assert(entry && entry.configValue === 'delete', JSON.stringify(configs))
  await admin.alterConfigs({
    validateOnly: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic,
      configEntries: [{ name: 'retention.ms', value: '86400000' }] }],
  })
  const altered = await admin.describeConfigs({
    includeSynonyms: false,
    resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
  })
  assert(altered.resources[0].configEntries[0].configValue === '86400000', JSON.stringify(altered))

  const cluster = await admin.describeCluster()
  assert(cluster.brokers.length === 3, `describeCluster lists ${cluster.brokers.length} brokers`)
  assert(cluster.brokers.some((b) => b.nodeId === cluster.controller), 'controller is not a listed broker')

  await admin.deleteTopics({ topics: [topic], timeout: 10000 })
  await waitUntil(async () => !(await admin.listTopics()).includes(topic), 10000, 'the topic to disappear')
  await admin.disconnect()
}

// A partition moves from brokers [1, 2] to [2, 3] (leadership leaves broker 1) while a
// producer writes with acks=all; every record acknowledged, before, during or after the
// move, is read back afterwards.
async function testReassignment() {
  const admin = kafka.admin()
  await admin.connect()
  const topic = unique('js-move')
  const created = await admin.createTopics({
    topics: [{ topic, replicaAssignment: [{ partition: 0, replicas: [1, 2] }] }],
    waitForLeaders: true,
    timeout: 10000,
  })
  assert(created === true, `createTopics(${topic}) returned ${created}`)

  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner })
  await producer.connect()
  const acked = []
  let writing = true
  const writer = (async () => {
    for (let i = 0; writing; i++) {
      const value = `record-${i}`
      await producer.send({ topic, acks: -1, messages: [{ partition: 0, value }] })
      acked.push(value)
    }
  })()
  await waitUntil(() => acked.length >= 50, 20000, '50 records before the move')

  await admin.alterPartitionReassignments({
    topics: [{ topic, partitionAssignment: [{ partition: 0, replicas: [2, 3] }] }],
    timeout: 10000,
  })
  const moving = await admin.listPartitionReassignments({ topics: [{ topic, partitions: [0] }] })
  // The move may be over already; while it runs, it is listed with what joins and leaves.
  for (const t of moving.topics) {
    for (const p of t.partitions) {
      assert(JSON.stringify(p.addingReplicas) === '[3]' && JSON.stringify(p.removingReplicas) === '[1]',
        JSON.stringify(moving))
    }
  }
  await waitUntil(async () => {
    const listed = await admin.listPartitionReassignments({ topics: [{ topic, partitions: [0] }] })
    return listed.topics.every((t) => t.partitions.length === 0)
  }, 30000, 'the move to complete')
  await waitUntil(async () => {
    const meta = await admin.fetchTopicMetadata({ topics: [topic] })
    const p = meta.topics[0].partitions[0]
    return JSON.stringify([...p.replicas].sort()) === '[2,3]' && p.leader !== 1
  }, 10000, 'replicas [2, 3] led by one of them')

  const atMove = acked.length
  await waitUntil(() => acked.length >= atMove + 50, 20000, '50 records after the move')
  writing = false
  await writer
  await producer.disconnect()

  const seen = new Set()
  const consumer = kafka.consumer({ groupId: unique('js-move-read'), ...groupSettings })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  await consumer.run({ eachMessage: async ({ message }) => { seen.add(message.value.toString()) } })
  try {
    await waitUntil(() => acked.every((v) => seen.has(v)), 30000, `all ${acked.length} acknowledged records`)
  } finally {
    await consumer.disconnect()
  }
  await admin.disconnect()
}

const hex = (buffer) => (buffer === null || buffer === undefined ? null : Buffer.from(buffer).toString('hex'))
const unhex = (text) => (text === null ? null : Buffer.from(text, 'hex'))

async function produce(topic, inFile) {
  const records = JSON.parse(fs.readFileSync(inFile, 'utf8'))
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner })
  await producer.connect()
  const partitions = []
  // One send per record: its result names the partition the partitioner chose.
  for (const r of records) {
    const headers = {}
    for (const [name, value] of r.headers) headers[name] = unhex(value)
    const [result] = await producer.send({
      topic, acks: -1, messages: [{ key: unhex(r.key), value: unhex(r.value), headers }],
    })
    assert(result.errorCode === 0, JSON.stringify(result))
    partitions.push(result.partition)
  }
  await producer.disconnect()
  process.stdout.write(JSON.stringify(partitions) + '\n')
}

async function consume(topic, count, outFile) {
  const consumer = kafka.consumer({ groupId: unique('js-read'), ...groupSettings })
  const records = []
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      records.push({
        partition,
        offset: Number(message.offset),
        key: hex(message.key),
        value: hex(message.value),
        // kafkajs turns headers into an object, which keeps only the last of equal names.
        headers: Object.entries(message.headers || {}).map(([name, value]) => [name, hex(value)]),
      })
    },
  })
  try {
    await waitUntil(() => records.length >= count, 30000, `${count} records`)
  } finally {
    await consumer.disconnect()
  }
  fs.writeFileSync(outFile, JSON.stringify(records))
}

async function suite() {
  const cases = { testProducer, testConsumerGroup, testAdmin, testReassignment }
  const only = process.env.ONLY
  let failed = 0
  for (const [name, fn] of Object.entries(cases)) {
    if (only && !name.includes(only)) continue
    const started = Date.now()
    console.log(`--- ${name}`)
    try {
      await fn()
      console.log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    } catch (e) {
      failed++
      console.log(e && e.stack ? e.stack : e)
      console.log(`FAIL ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    }
  }
  return failed === 0
}

async function main() {
  const [mode, ...args] = process.argv.slice(2)
  if (mode === 'suite') return suite()
  if (mode === 'produce') return produce(args[0], args[1]).then(() => true)
  if (mode === 'consume') return consume(args[0], Number(args[1]), args[2]).then(() => true)
  console.error('usage: node interop.js suite | produce TOPIC IN.json | consume TOPIC COUNT OUT.json')
  return false
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (e) => {
    console.error(e && e.stack ? e.stack : e)
    process.exit(1)
  },
)
