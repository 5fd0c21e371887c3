import json, subprocess, sys, collections
S='../shared/peers/'
which=sys.argv[1]
if which=='tabari':
    recs=[json.loads(l) for l in open(S+'tabari/validate.jsonl')]
    recs=[r for r in recs if r.get('expected') and r.get('check')=='events']
    args=['--import-tabari',S+'tabari/TABARI.Demo.actors','--import-tabari',S+'tabari/Validate.agents','--verbs-tabari',S+'tabari/TABARI.Demo.verbs']
else:
    recs=[json.loads(l) for l in open(S+'petrarch/unittest.jsonl')]
    recs=[r for r in recs if r.get('expected')]
    args=['--import-petrarch',S+'petrarch/PETR.Validate.actors.txt','--import-petrarch',S+'petrarch/PETR.Validate.agents.txt','--verbs-petrarch',S+'petrarch/PETR.Validate.verbs.txt']
inp=''.join(json.dumps({'id':r['id'],'date':r['date'][:4]+'-'+r['date'][4:6]+'-'+r['date'][6:8],'text':r['text']})+'\n' for r in recs)
out=subprocess.run(['build/annals','code','-q']+args,input=inp,capture_output=True,text=True)
if out.returncode: print(out.stderr); sys.exit(1)
got={}
for l in out.stdout.splitlines():
    o=json.loads(l); got[o['id']]=[(e.get('source') or '---',e.get('target') or '---',e.get('cameo') or e.get('code')) for e in o['events']]
ok=0
cats=collections.Counter(); catok=collections.Counter()
for r in recs:
    w=[(e['source'],e['target'],e['code']) for e in r['expected']]
    g=got.get(r['id'],[])
    c=r.get('category', r['id'].split('-')[0])
    cats[c]+=1
    if sorted(w)==sorted(g): ok+=1; catok[c]+=1
    elif '-v' in sys.argv: print(r['id'],'|',r['text'][:300],'\n   want',w,'\n   got ',g, '\n   opts', r.get('options'))
print(ok,len(recs),'%.1f'%(100*ok/len(recs)))
if '-c' in sys.argv:
    for c in cats: print(c,catok[c],cats[c])
