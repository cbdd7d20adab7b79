const fs=require("fs"),zlib=require("zlib");const {SourceMapConsumer}=require("source-map-js");
const code=fs.readFileSync("dist/coalition-widgets.js","utf8");const map=JSON.parse(fs.readFileSync("dist/coalition-widgets.js.map","utf8"));
const c=new SourceMapConsumer(map);const lines=code.split("\n");
const per={};
// iterate mappings in generated order
const segs=[];c.eachMapping(m=>segs.push(m),null,SourceMapConsumer.GENERATED_ORDER);
for(let i=0;i<segs.length;i++){const s=segs[i],n=segs[i+1];
 const line=lines[s.generatedLine-1];
 let end = (n && n.generatedLine===s.generatedLine)? n.generatedColumn : line.length;
 const txt=line.slice(s.generatedColumn,end);
 const k=s.source||"?"; per[k]=(per[k]||"")+txt;}
const tot=zlib.gzipSync(code,{level:9}).length;
const rows=Object.entries(per).map(([k,v])=>[k.replace(/.*node_modules\//,"nm/").replace(/.*\/src\//,"src/"),v.length,zlib.gzipSync(v,{level:9}).length]).sort((a,b)=>b[1]-a[1]);
for(const r of rows) if(0)console.log(String(r[1]).padStart(6),String(r[2]).padStart(6),r[0]);
console.log("total gz",tot);
for (const [k,v] of Object.entries(per)) if (process.argv[2] && k.includes(process.argv[2])) console.log(v);
