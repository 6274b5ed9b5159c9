'use strict'
// kafkajs side of test_security.py: produce and consume as alice over SASL_SSL with
// SCRAM-SHA-512, SASL_PLAINTEXT with PLAIN and SSL with a client certificate, one topic
// each; then a wrong password and an untrusted CA, which must fail with kafkajs's errors.
//
//   node security.js TOPIC_SASL_SSL TOPIC_SASL_PLAINTEXT TOPIC_SSL
//
// Environment: LISTENERS (JSON: protocol -> bootstrap list), CA, OTHER_CA, CERT, KEY
// (PEM files) and PASSWORD (alice's).

const fs = require('fs')
const { Kafka, logLevel, Partitioners } = require('kafkajs')

const listeners = JSON.parse(process.env.LISTENERS)
const read = (name) => fs.readFileSync(process.env[name], 'utf8')

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`)
}

// --tls-client-auth required asks for a certificate on SASL_SSL too, so every TLS client
// presents one (test_security.py checks the Kafka behaviour apart).
function client(protocol, { mechanism = 'scram-sha-512', password = process.env.PASSWORD, ca = 'CA' } = {}) {
  const tls = protocol.endsWith('SSL') ? { ca: [read(ca)], cert: read('CERT'), key: read('KEY') } : undefined
  const sasl = protocol.startsWith('SASL') ? { mechanism, username: 'alice', password } : undefined
  return new Kafka({
    clientId: 'eventscope-interop-security',
    brokers: listeners[protocol].split(','),
    ssl: tls,
    sasl,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 3000,
    requestTimeout: 10000,
    retry: { initialRetryTime: 100, retries: 2 },
  })
}

async function roundTrip(kafka, topic) {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner })
  await producer.connect()
  const values = [0, 1, 2, 3, 4].map((i) => `${topic}-${i}`)
  await producer.send({ topic, acks: -1, messages: values.map((value) => ({ value })) })
  await producer.disconnect()

  const consumer = kafka.consumer({ groupId: `alice-js-${topic}`, sessionTimeout: 6000,
    heartbeatInterval: 500, rebalanceTimeout: 10000, maxWaitTimeInMs: 500 })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  const got = []
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`read ${got.length} of 5 records of ${topic}`)), 20000)
    consumer.run({
      eachMessage: async ({ message }) => {
        got.push(message.value.toString())
        if (got.length === values.length) {
          clearTimeout(timer)
          resolve()
        }
      },
    }).catch(reject)
  })
  await consumer.disconnect()
  assert(JSON.stringify(got.sort()) === JSON.stringify(values.sort()), `read ${got}`)
}

async function expectFailure(kafka, check, what) {
  const admin = kafka.admin()
  try {
    await admin.connect()
    await admin.listTopics()
  } catch (e) {
    assert(check(e), `${what}: ${e.name}: ${e.message}`)
    console.log(`kafkajs ${what}: ${e.name}: ${e.message}`)
    return
  } finally {
    await admin.disconnect().catch(() => {})
  }
  throw new Error(`${what}: no error`)
}

async function main() {
  const [sslTopic, plainTopic, certTopic] = process.argv.slice(2)
  await roundTrip(client('SASL_SSL'), sslTopic)
  console.log('kafkajs SASL_SSL SCRAM-SHA-512: ok')
  await roundTrip(client('SASL_PLAINTEXT', { mechanism: 'plain' }), plainTopic)
  console.log('kafkajs SASL_PLAINTEXT PLAIN: ok')
  await roundTrip(client('SSL'), certTopic)
  console.log('kafkajs SSL with a client certificate: ok')

  await expectFailure(client('SASL_SSL', { password: 'wrong' }),
    (e) => e.name === 'KafkaJSSASLAuthenticationError' ||
      (e.name === 'KafkaJSNonRetriableError' && /SASL/.test(e.message)), 'wrong password')
  await expectFailure(client('SASL_PLAINTEXT', { mechanism: 'plain', password: 'wrong' }),
    (e) => e.name === 'KafkaJSSASLAuthenticationError' ||
      (e.name === 'KafkaJSNonRetriableError' && /SASL/.test(e.message)), 'wrong PLAIN password')
  await expectFailure(client('SASL_SSL', { ca: 'OTHER_CA' }),
    (e) => /certificate|self.signed|issuer/i.test(`${e.message} ${e.cause ? e.cause.message : ''}`),
    'untrusted CA')
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
