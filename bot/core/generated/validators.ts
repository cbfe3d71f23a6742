// Generated from schemas/front-matter.schema.json, schemas/sections.schema.json, schemas/registry.schema.json, schemas/config.schema.json, schemas/synonyms.schema.json by scripts/generate-types.ts. Do not edit: change the schemas and run npm run gen:types.
/* eslint-disable */
// @ts-nocheck
import * as runtime0Namespace from "ajv/dist/runtime/ucs2length.js";
const runtime0 = commonJs(runtime0Namespace);
import * as runtime1Namespace from "ajv-formats/dist/formats.js";
const runtime1 = commonJs(runtime1Namespace);
function commonJs(namespace) { const value = namespace.default; return value && typeof value === "object" && "__esModule" in value ? value : namespace; }
export const schemaKey = "6fc1e154f0f19976ca588292a182432eccaa3d40";
export const synonymsKey = "34c0092c4c1f8133b1935699116a28bd2df9ade5";

export const frontMatter = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://work-manuals.dev/schemas/front-matter.schema.json","title":"ManualFrontMatter","description":"The YAML front matter of a manual: who owns the task, which laws it follows, when it was last reviewed.","type":"object","additionalProperties":false,"required":["id","title","institution","department","owner","laws","review_cycle_months","last_reviewed"],"properties":{"id":{"description":"Unique, stable identifier of the manual; lowercase letters, digits and hyphens.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80,"x-example":"tax-local-exemption"},"title":{"description":"The task's name as staff know it.","type":"string","minLength":2,"maxLength":100,"x-example":"지방세 감면 신청 처리"},"institution":{"description":"A key of manuals/institutions.yml; the manual lives under manuals/<institution>/.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","x-example":"district-office"},"department":{"description":"A key of manuals/departments.yml; the manual lives under manuals/<institution>/<department>/.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","x-example":"tax"},"owner":{"$ref":"#/$defs/login","description":"GitHub login of the task owner."},"deputy":{"$ref":"#/$defs/login","description":"GitHub login of who covers the task during leave or transfer."},"laws":{"description":"The provisions the manual follows, one entry per article.","type":"array","minItems":1,"items":{"$ref":"#/$defs/lawReference"}},"review_cycle_months":{"description":"How often the manual must be reviewed, in months.","type":"integer","minimum":1,"maximum":36,"x-example":12},"last_reviewed":{"description":"Date of the last full review (YYYY-MM-DD).","type":"string","format":"date","x-example":"2026-03-02"},"tags":{"description":"Search keywords.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":40}}},"$defs":{"login":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","x-example":"kim-minsu"},"lawReference":{"type":"object","additionalProperties":false,"required":["law","article","version"],"properties":{"law":{"description":"A key of manuals/laws.yml.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","x-example":"local-tax-special-cases"},"article":{"description":"The article, in the form 제6조, 제6조의2 or 제6조제1항.","type":"string","pattern":"^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$","x-example":"제6조"},"version":{"description":"Effective date (시행일) of the law text the manual follows.","type":"string","format":"date","x-example":"2025-01-01"}}}}};
const schema32 = {"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","x-example":"kim-minsu"};
const schema34 = {"type":"object","additionalProperties":false,"required":["law","article","version"],"properties":{"law":{"description":"A key of manuals/laws.yml.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","x-example":"local-tax-special-cases"},"article":{"description":"The article, in the form 제6조, 제6조의2 or 제6조제1항.","type":"string","pattern":"^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$","x-example":"제6조"},"version":{"description":"Effective date (시행일) of the law text the manual follows.","type":"string","format":"date","x-example":"2025-01-01"}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0.default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern7 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const pattern10 = new RegExp("^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$", "u");
const formats0 = runtime1.fullFormats.date;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://work-manuals.dev/schemas/front-matter.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.institution === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.department === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "department"},message:"must have required property '"+"department"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.owner === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.laws === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "laws"},message:"must have required property '"+"laws"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.review_cycle_months === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review_cycle_months"},message:"must have required property '"+"review_cycle_months"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.last_reviewed === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last_reviewed"},message:"must have required property '"+"last_reviewed"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 80){
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data0)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.title,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data1) < 2){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema31.properties.title,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.title.type,parentSchema:schema31.properties.title,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.institution !== undefined){
let data2 = data.institution;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err15 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema31.properties.institution,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/institution",schemaPath:"#/properties/institution/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.institution.type,parentSchema:schema31.properties.institution,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.department !== undefined){
let data3 = data.department;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err17 = {instancePath:instancePath+"/department",schemaPath:"#/properties/department/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema31.properties.department,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/department",schemaPath:"#/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.department.type,parentSchema:schema31.properties.department,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.owner !== undefined){
let data4 = data.owner;
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err19 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/owner",schemaPath:"#/$defs/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.deputy !== undefined){
let data5 = data.deputy;
if(typeof data5 === "string"){
if(!pattern7.test(data5)){
const err21 = {instancePath:instancePath+"/deputy",schemaPath:"#/$defs/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/deputy",schemaPath:"#/$defs/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.laws !== undefined){
let data6 = data.laws;
if(Array.isArray(data6)){
if(data6.length < 1){
const err23 = {instancePath:instancePath+"/laws",schemaPath:"#/properties/laws/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.laws,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.law === undefined){
const err24 = {instancePath:instancePath+"/laws/" + i0,schemaPath:"#/$defs/lawReference/required",keyword:"required",params:{missingProperty: "law"},message:"must have required property '"+"law"+"'",schema:schema34.required,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.article === undefined){
const err25 = {instancePath:instancePath+"/laws/" + i0,schemaPath:"#/$defs/lawReference/required",keyword:"required",params:{missingProperty: "article"},message:"must have required property '"+"article"+"'",schema:schema34.required,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.version === undefined){
const err26 = {instancePath:instancePath+"/laws/" + i0,schemaPath:"#/$defs/lawReference/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema34.required,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key1 in data7){
if(!(((key1 === "law") || (key1 === "article")) || (key1 === "version"))){
const err27 = {instancePath:instancePath+"/laws/" + i0,schemaPath:"#/$defs/lawReference/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.law !== undefined){
let data8 = data7.law;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err28 = {instancePath:instancePath+"/laws/" + i0+"/law",schemaPath:"#/$defs/lawReference/properties/law/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema34.properties.law,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/laws/" + i0+"/law",schemaPath:"#/$defs/lawReference/properties/law/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.law.type,parentSchema:schema34.properties.law,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data7.article !== undefined){
let data9 = data7.article;
if(typeof data9 === "string"){
if(!pattern10.test(data9)){
const err30 = {instancePath:instancePath+"/laws/" + i0+"/article",schemaPath:"#/$defs/lawReference/properties/article/pattern",keyword:"pattern",params:{pattern: "^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$"},message:"must match pattern \""+"^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$"+"\"",schema:"^제[0-9]+조(의[0-9]+)?(제[0-9]+항)?(제[0-9]+호)?$",parentSchema:schema34.properties.article,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/laws/" + i0+"/article",schemaPath:"#/$defs/lawReference/properties/article/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.article.type,parentSchema:schema34.properties.article,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.version !== undefined){
let data10 = data7.version;
if(typeof data10 === "string"){
if(!(formats0.validate(data10))){
const err32 = {instancePath:instancePath+"/laws/" + i0+"/version",schemaPath:"#/$defs/lawReference/properties/version/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema34.properties.version,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/laws/" + i0+"/version",schemaPath:"#/$defs/lawReference/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.version.type,parentSchema:schema34.properties.version,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/laws/" + i0,schemaPath:"#/$defs/lawReference/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/laws",schemaPath:"#/properties/laws/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.laws.type,parentSchema:schema31.properties.laws,data:data6};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.review_cycle_months !== undefined){
let data11 = data.review_cycle_months;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err36 = {instancePath:instancePath+"/review_cycle_months",schemaPath:"#/properties/review_cycle_months/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.review_cycle_months.type,parentSchema:schema31.properties.review_cycle_months,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 36 || isNaN(data11)){
const err37 = {instancePath:instancePath+"/review_cycle_months",schemaPath:"#/properties/review_cycle_months/maximum",keyword:"maximum",params:{comparison: "<=", limit: 36},message:"must be <= 36",schema:36,parentSchema:schema31.properties.review_cycle_months,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err38 = {instancePath:instancePath+"/review_cycle_months",schemaPath:"#/properties/review_cycle_months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.review_cycle_months,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data.last_reviewed !== undefined){
let data12 = data.last_reviewed;
if(typeof data12 === "string"){
if(!(formats0.validate(data12))){
const err39 = {instancePath:instancePath+"/last_reviewed",schemaPath:"#/properties/last_reviewed/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema31.properties.last_reviewed,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/last_reviewed",schemaPath:"#/properties/last_reviewed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.last_reviewed.type,parentSchema:schema31.properties.last_reviewed,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.tags !== undefined){
let data13 = data.tags;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(func2(data14) > 40){
const err41 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema31.properties.tags.items,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func2(data14) < 1){
const err42 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.tags.items,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/tags/" + i1,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tags.items.type,parentSchema:schema31.properties.tags.items,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i2 = data13.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data13[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err44 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema31.properties.tags,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err45 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tags.type,parentSchema:schema31.properties.tags,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const sections = validate21;
const schema35 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://work-manuals.dev/schemas/sections.schema.json","title":"ManualSections","description":"The body of a manual: which sections it has, in which order (the order of `properties`), their Korean and English titles, which are legal, and what each must contain. A section is a level-2 heading (##) and everything up to the next one.","type":"object","x-section-level":2,"required":["overview","process","laws","organizations","tips","materials"],"properties":{"overview":{"x-title":{"ko":"업무개요","en":"Work Overview"},"x-aliases":["업무개요","업무 개요","Work Overview","Overview"],"x-legal":false,"type":"object","properties":{"words":{"type":"integer","minimum":5,"x-message":{"ko":"업무개요가 너무 짧습니다. 이 업무가 무엇이고 누구를 위한 것인지 한두 문단으로 적어 주세요.","en":"The work overview is too short. Describe in a paragraph or two what the task is and whom it serves."}}}},"process":{"x-title":{"ko":"업무처리절차","en":"Work Process"},"x-aliases":["업무처리절차","업무 처리 절차","업무처리 절차","Work Process","Process"],"x-legal":false,"type":"object","required":["lists"],"properties":{"lists":{"type":"array","contains":{"type":"object","required":["ordered","items"],"properties":{"ordered":{"const":true},"items":{"type":"array","minItems":2}}},"x-message":{"ko":"업무처리절차에 번호 목록이 없습니다. 절차를 \"1. … 2. …\" 형식의 번호 목록(두 단계 이상)으로 적어 주세요.","en":"The work process has no numbered list. Write the procedure as a numbered list (\"1. … 2. …\") of at least two steps."}}}},"laws":{"x-title":{"ko":"관련법령","en":"Related Laws"},"x-aliases":["관련법령","관련 법령","Related Laws","Laws"],"x-legal":true,"type":"object","required":["citations"],"properties":{"citations":{"type":"array","minItems":1,"x-message":{"ko":"관련법령에 인용된 법령이 없습니다. 「법령명」 제N조 형식으로 근거 법령을 하나 이상 적어 주세요.","en":"Related Laws cites no law. Cite at least one provision in the form 「법령명」 제N조."}}}},"organizations":{"x-title":{"ko":"관련기관 현황","en":"Related Organizations"},"x-aliases":["관련기관 현황","관련기관현황","관련 기관 현황","Related Organizations","Related Organisations","Status of Related Organizations"],"x-legal":false,"type":"object","required":["tables"],"properties":{"tables":{"type":"array","minItems":1,"x-message":{"ko":"관련기관 현황에 표가 없습니다. 기관, 역할, 연락처를 표(| 기관 | 역할 | 연락처 |)로 적어 주세요.","en":"Related Organizations has no table. List the organisations, their role and contact as a table (| 기관 | 역할 | 연락처 |)."}}}},"tips":{"x-title":{"ko":"업무 팁","en":"Tips"},"x-aliases":["업무 팁","업무팁","Tips","Work Tips","Know-how"],"x-legal":false,"type":"object","properties":{"words":{"type":"integer","minimum":3,"x-message":{"ko":"업무 팁이 비어 있거나 너무 짧습니다. 후임자가 알아야 할 요령(자주 하는 실수, 바쁜 시기, 확인할 점)을 적어 주세요.","en":"Tips is empty or too short. Write the know-how a successor needs (common mistakes, busy seasons, what to double-check)."}}}},"materials":{"x-title":{"ko":"관련자료","en":"Related Materials"},"x-aliases":["관련자료","관련 자료","Related Materials","Materials"],"x-legal":false,"type":"object","required":["links"],"properties":{"links":{"type":"array","minItems":1,"x-message":{"ko":"관련자료에 링크가 없습니다. 서식 파일(예: [신청서](files/신청서.hwp)) 또는 https 주소를 목록으로 적어 주세요.","en":"Related Materials has no link. List the forms shipped in the repository (e.g. [form](files/form.hwp)) or https addresses."}}}}}};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://work-manuals.dev/schemas/sections.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.overview === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "overview"},message:"must have required property '"+"overview"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.process === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "process"},message:"must have required property '"+"process"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.laws === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "laws"},message:"must have required property '"+"laws"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.organizations === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organizations"},message:"must have required property '"+"organizations"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.tips === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tips"},message:"must have required property '"+"tips"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.materials === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "materials"},message:"must have required property '"+"materials"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.overview !== undefined){
let data0 = data.overview;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.words !== undefined){
let data1 = data0.words;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/overview/words",schemaPath:"#/properties/overview/properties/words/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.overview.properties.words.type,parentSchema:schema35.properties.overview.properties.words,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 5 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/overview/words",schemaPath:"#/properties/overview/properties/words/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema35.properties.overview.properties.words,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/overview",schemaPath:"#/properties/overview/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.overview.type,parentSchema:schema35.properties.overview,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.process !== undefined){
let data2 = data.process;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.lists === undefined){
const err9 = {instancePath:instancePath+"/process",schemaPath:"#/properties/process/required",keyword:"required",params:{missingProperty: "lists"},message:"must have required property '"+"lists"+"'",schema:schema35.properties.process.required,parentSchema:schema35.properties.process,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.lists !== undefined){
let data3 = data2.lists;
if(Array.isArray(data3)){
const _errs9 = errors;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs10 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.ordered === undefined){
const err10 = {instancePath:instancePath+"/process/lists/" + i0,schemaPath:"#/properties/process/properties/lists/contains/required",keyword:"required",params:{missingProperty: "ordered"},message:"must have required property '"+"ordered"+"'",schema:schema35.properties.process.properties.lists.contains.required,parentSchema:schema35.properties.process.properties.lists.contains,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.items === undefined){
const err11 = {instancePath:instancePath+"/process/lists/" + i0,schemaPath:"#/properties/process/properties/lists/contains/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'",schema:schema35.properties.process.properties.lists.contains.required,parentSchema:schema35.properties.process.properties.lists.contains,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.ordered !== undefined){
let data5 = data4.ordered;
if(true !== data5){
const err12 = {instancePath:instancePath+"/process/lists/" + i0+"/ordered",schemaPath:"#/properties/process/properties/lists/contains/properties/ordered/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema35.properties.process.properties.lists.contains.properties.ordered,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.items !== undefined){
let data6 = data4.items;
if(Array.isArray(data6)){
if(data6.length < 2){
const err13 = {instancePath:instancePath+"/process/lists/" + i0+"/items",schemaPath:"#/properties/process/properties/lists/contains/properties/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema35.properties.process.properties.lists.contains.properties.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/process/lists/" + i0+"/items",schemaPath:"#/properties/process/properties/lists/contains/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.process.properties.lists.contains.properties.items.type,parentSchema:schema35.properties.process.properties.lists.contains.properties.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/process/lists/" + i0,schemaPath:"#/properties/process/properties/lists/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.process.properties.lists.contains.type,parentSchema:schema35.properties.process.properties.lists.contains,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var valid3 = _errs10 === errors;
if(valid3){
break;
}
}
if(!valid3){
const err16 = {instancePath:instancePath+"/process/lists",schemaPath:"#/properties/process/properties/lists/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema35.properties.process.properties.lists.contains,parentSchema:schema35.properties.process.properties.lists,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
else {
const err17 = {instancePath:instancePath+"/process/lists",schemaPath:"#/properties/process/properties/lists/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.process.properties.lists.type,parentSchema:schema35.properties.process.properties.lists,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/process",schemaPath:"#/properties/process/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.process.type,parentSchema:schema35.properties.process,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.laws !== undefined){
let data7 = data.laws;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.citations === undefined){
const err19 = {instancePath:instancePath+"/laws",schemaPath:"#/properties/laws/required",keyword:"required",params:{missingProperty: "citations"},message:"must have required property '"+"citations"+"'",schema:schema35.properties.laws.required,parentSchema:schema35.properties.laws,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7.citations !== undefined){
let data8 = data7.citations;
if(Array.isArray(data8)){
if(data8.length < 1){
const err20 = {instancePath:instancePath+"/laws/citations",schemaPath:"#/properties/laws/properties/citations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.laws.properties.citations,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/laws/citations",schemaPath:"#/properties/laws/properties/citations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.laws.properties.citations.type,parentSchema:schema35.properties.laws.properties.citations,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/laws",schemaPath:"#/properties/laws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.laws.type,parentSchema:schema35.properties.laws,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.organizations !== undefined){
let data9 = data.organizations;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.tables === undefined){
const err23 = {instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/required",keyword:"required",params:{missingProperty: "tables"},message:"must have required property '"+"tables"+"'",schema:schema35.properties.organizations.required,parentSchema:schema35.properties.organizations,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data9.tables !== undefined){
let data10 = data9.tables;
if(Array.isArray(data10)){
if(data10.length < 1){
const err24 = {instancePath:instancePath+"/organizations/tables",schemaPath:"#/properties/organizations/properties/tables/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.organizations.properties.tables,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/organizations/tables",schemaPath:"#/properties/organizations/properties/tables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.organizations.properties.tables.type,parentSchema:schema35.properties.organizations.properties.tables,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/organizations",schemaPath:"#/properties/organizations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.organizations.type,parentSchema:schema35.properties.organizations,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.tips !== undefined){
let data11 = data.tips;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.words !== undefined){
let data12 = data11.words;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err27 = {instancePath:instancePath+"/tips/words",schemaPath:"#/properties/tips/properties/words/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.tips.properties.words.type,parentSchema:schema35.properties.tips.properties.words,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 3 || isNaN(data12)){
const err28 = {instancePath:instancePath+"/tips/words",schemaPath:"#/properties/tips/properties/words/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3",schema:3,parentSchema:schema35.properties.tips.properties.words,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/tips",schemaPath:"#/properties/tips/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.tips.type,parentSchema:schema35.properties.tips,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.materials !== undefined){
let data13 = data.materials;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.links === undefined){
const err30 = {instancePath:instancePath+"/materials",schemaPath:"#/properties/materials/required",keyword:"required",params:{missingProperty: "links"},message:"must have required property '"+"links"+"'",schema:schema35.properties.materials.required,parentSchema:schema35.properties.materials,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data13.links !== undefined){
let data14 = data13.links;
if(Array.isArray(data14)){
if(data14.length < 1){
const err31 = {instancePath:instancePath+"/materials/links",schemaPath:"#/properties/materials/properties/links/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.materials.properties.links,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/materials/links",schemaPath:"#/properties/materials/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.materials.properties.links.type,parentSchema:schema35.properties.materials.properties.links,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/materials",schemaPath:"#/properties/materials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.materials.type,parentSchema:schema35.properties.materials,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":{"overview":true,"process":true,"laws":true,"organizations":true,"tips":true,"materials":true},"dynamicProps":false,"dynamicItems":false};

export const registry = validate22;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://work-manuals.dev/schemas/registry.schema.json","title":"Registry","description":"The registry kept in manuals/: institutions.yml, departments.yml, laws.yml and people.yml, read together.","type":"object","additionalProperties":false,"required":["institutions","departments","laws","people"],"properties":{"institutions":{"description":"manuals/institutions.yml: institution key (the folder name under manuals/) → names.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/key"},"additionalProperties":{"$ref":"#/$defs/institution"}},"departments":{"description":"manuals/departments.yml: department key (the folder name under manuals/<institution>/) → names, institution, reviewers.","type":"object","minProperties":1,"propertyNames":{"$ref":"#/$defs/key"},"additionalProperties":{"$ref":"#/$defs/department"}},"laws":{"description":"manuals/laws.yml: law key → official name, current effective date, official URL.","type":"object","propertyNames":{"$ref":"#/$defs/key"},"additionalProperties":{"$ref":"#/$defs/law"}},"people":{"description":"manuals/people.yml: GitHub login → name, position (직급/직위), team and office phone, so that people are shown by name.","type":"object","propertyNames":{"$ref":"#/$defs/login"},"additionalProperties":{"$ref":"#/$defs/person"}}},"$defs":{"key":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"login":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"A GitHub login."},"names":{"type":"object","additionalProperties":false,"required":["ko"],"properties":{"ko":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}}},"institution":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/names"},"order":{"type":"integer","minimum":0,"description":"Position in the site's navigation."}}},"reviewers":{"description":"Who may approve: GitHub users and/or organisation teams written as org/team-slug.","type":"object","additionalProperties":false,"properties":{"users":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"}},"teams":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$"}}},"anyOf":[{"required":["users"],"properties":{"users":{"type":"array","minItems":1}}},{"required":["teams"],"properties":{"teams":{"type":"array","minItems":1}}}]},"department":{"type":"object","additionalProperties":false,"required":["name","institution","reviewers","approvals"],"properties":{"name":{"$ref":"#/$defs/names"},"institution":{"$ref":"#/$defs/key","description":"A key of institutions.yml."},"reviewers":{"$ref":"#/$defs/reviewers"},"approvals":{"description":"How many approvals from the reviewers a legal change needs.","type":"integer","minimum":1,"maximum":10}}},"law":{"type":"object","additionalProperties":false,"required":["name","effective","url"],"properties":{"name":{"type":"string","minLength":1,"description":"Official Korean name, as on the national law information service."},"kind":{"enum":["법률","대통령령","총리령","부령","자치법규","행정규칙"]},"effective":{"type":"string","format":"date","description":"Effective date (시행일) of the current version."},"url":{"type":"string","pattern":"^https://(www\\.)?law\\.go\\.kr/","description":"Official page on the national law information service (law.go.kr)."}}},"person":{"type":"object","additionalProperties":false,"required":["name","position","team","phone"],"properties":{"name":{"type":"string","minLength":1,"maxLength":40,"description":"Name as colleagues know it.","x-example":"김민수"},"position":{"type":"string","minLength":1,"maxLength":20,"description":"직급 or 직위 (주무관, 팀장, 과장 …).","x-example":"주무관"},"team":{"type":"string","minLength":1,"maxLength":60,"description":"Team or division.","x-example":"세무과 지방세팀"},"phone":{"type":"string","pattern":"^0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}$","description":"Office phone with hyphens, 지역번호-국번-번호","x-example":"02-2100-3121"},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$","x-example":"kim.minsu@hanbit-gu.go.kr"}}}}};
const schema37 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"};
const schema46 = {"type":"object","additionalProperties":false,"required":["name","effective","url"],"properties":{"name":{"type":"string","minLength":1,"description":"Official Korean name, as on the national law information service."},"kind":{"enum":["법률","대통령령","총리령","부령","자치법규","행정규칙"]},"effective":{"type":"string","format":"date","description":"Effective date (시행일) of the current version."},"url":{"type":"string","pattern":"^https://(www\\.)?law\\.go\\.kr/","description":"Official page on the national law information service (law.go.kr)."}}};
const schema47 = {"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$","description":"A GitHub login."};
const schema48 = {"type":"object","additionalProperties":false,"required":["name","position","team","phone"],"properties":{"name":{"type":"string","minLength":1,"maxLength":40,"description":"Name as colleagues know it.","x-example":"김민수"},"position":{"type":"string","minLength":1,"maxLength":20,"description":"직급 or 직위 (주무관, 팀장, 과장 …).","x-example":"주무관"},"team":{"type":"string","minLength":1,"maxLength":60,"description":"Team or division.","x-example":"세무과 지방세팀"},"phone":{"type":"string","pattern":"^0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}$","description":"Office phone with hyphens, 지역번호-국번-번호","x-example":"02-2100-3121"},"email":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$","x-example":"kim.minsu@hanbit-gu.go.kr"}}};
const pattern17 = new RegExp("^https://(www\\.)?law\\.go\\.kr/", "u");
const pattern19 = new RegExp("^0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}$", "u");
const pattern20 = new RegExp("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", "u");
const schema38 = {"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/names"},"order":{"type":"integer","minimum":0,"description":"Position in the site's navigation."}}};
const schema39 = {"type":"object","additionalProperties":false,"required":["ko"],"properties":{"ko":{"type":"string","minLength":1},"en":{"type":"string","minLength":1}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "order"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.ko === undefined){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/names/required",keyword:"required",params:{missingProperty: "ko"},message:"must have required property '"+"ko"+"'",schema:schema39.required,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "ko") || (key1 === "en"))){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/names/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.ko !== undefined){
let data1 = data0.ko;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/name/ko",schemaPath:"#/$defs/names/properties/ko/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.ko,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name/ko",schemaPath:"#/$defs/names/properties/ko/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.ko.type,parentSchema:schema39.properties.ko,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.en !== undefined){
let data2 = data0.en;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/names/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.en,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/names/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.en.type,parentSchema:schema39.properties.en,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/names/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.order !== undefined){
let data3 = data.order;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema38.properties.order.type,parentSchema:schema38.properties.order,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/order",schemaPath:"#/properties/order/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema38.properties.order,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = {"type":"object","additionalProperties":false,"required":["name","institution","reviewers","approvals"],"properties":{"name":{"$ref":"#/$defs/names"},"institution":{"$ref":"#/$defs/key","description":"A key of institutions.yml."},"reviewers":{"$ref":"#/$defs/reviewers"},"approvals":{"description":"How many approvals from the reviewers a legal change needs.","type":"integer","minimum":1,"maximum":10}}};
const schema44 = {"description":"Who may approve: GitHub users and/or organisation teams written as org/team-slug.","type":"object","additionalProperties":false,"properties":{"users":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"}},"teams":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$"}}},"anyOf":[{"required":["users"],"properties":{"users":{"type":"array","minItems":1}}},{"required":["teams"],"properties":{"teams":{"type":"array","minItems":1}}}]};
const pattern15 = new RegExp("^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.institution === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institution"},message:"must have required property '"+"institution"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.reviewers === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewers"},message:"must have required property '"+"reviewers"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.approvals === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "institution")) || (key0 === "reviewers")) || (key0 === "approvals"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.ko === undefined){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/names/required",keyword:"required",params:{missingProperty: "ko"},message:"must have required property '"+"ko"+"'",schema:schema39.required,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "ko") || (key1 === "en"))){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/names/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.ko !== undefined){
let data1 = data0.ko;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/name/ko",schemaPath:"#/$defs/names/properties/ko/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.ko,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name/ko",schemaPath:"#/$defs/names/properties/ko/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.ko.type,parentSchema:schema39.properties.ko,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.en !== undefined){
let data2 = data0.en;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/names/properties/en/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.en,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name/en",schemaPath:"#/$defs/names/properties/en/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.en.type,parentSchema:schema39.properties.en,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/names/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.institution !== undefined){
let data3 = data.institution;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/institution",schemaPath:"#/$defs/key/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/institution",schemaPath:"#/$defs/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.reviewers !== undefined){
let data4 = data.reviewers;
const _errs16 = errors;
let valid5 = false;
const _errs17 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.users === undefined){
const err14 = {instancePath:instancePath+"/reviewers",schemaPath:"#/$defs/reviewers/anyOf/0/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'",schema:schema44.anyOf[0].required,parentSchema:schema44.anyOf[0],data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.users !== undefined){
let data5 = data4.users;
if(Array.isArray(data5)){
if(data5.length < 1){
const err15 = {instancePath:instancePath+"/reviewers/users",schemaPath:"#/$defs/reviewers/anyOf/0/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema44.anyOf[0].properties.users,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/reviewers/users",schemaPath:"#/$defs/reviewers/anyOf/0/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.anyOf[0].properties.users.type,parentSchema:schema44.anyOf[0].properties.users,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var _valid0 = _errs17 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
var props0 = {};
props0.users = true;
}
const _errs20 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.teams === undefined){
const err17 = {instancePath:instancePath+"/reviewers",schemaPath:"#/$defs/reviewers/anyOf/1/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'",schema:schema44.anyOf[1].required,parentSchema:schema44.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.teams !== undefined){
let data6 = data4.teams;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/reviewers/teams",schemaPath:"#/$defs/reviewers/anyOf/1/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema44.anyOf[1].properties.teams,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/reviewers/teams",schemaPath:"#/$defs/reviewers/anyOf/1/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.anyOf[1].properties.teams.type,parentSchema:schema44.anyOf[1].properties.teams,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
var _valid0 = _errs20 === errors;
valid5 = valid5 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.teams = true;
}
}
if(!valid5){
const err20 = {instancePath:instancePath+"/reviewers",schemaPath:"#/$defs/reviewers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.anyOf,parentSchema:schema44,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((key2 === "users") || (key2 === "teams"))){
const err21 = {instancePath:instancePath+"/reviewers",schemaPath:"#/$defs/reviewers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.users !== undefined){
let data7 = data4.users;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(!pattern7.test(data8)){
const err22 = {instancePath:instancePath+"/reviewers/users/" + i0,schemaPath:"#/$defs/reviewers/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema44.properties.users.items,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/reviewers/users/" + i0,schemaPath:"#/$defs/reviewers/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.users.items.type,parentSchema:schema44.properties.users.items,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err24 = {instancePath:instancePath+"/reviewers/users",schemaPath:"#/$defs/reviewers/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema44.properties.users,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err25 = {instancePath:instancePath+"/reviewers/users",schemaPath:"#/$defs/reviewers/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.users.type,parentSchema:schema44.properties.users,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.teams !== undefined){
let data9 = data4.teams;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(!pattern15.test(data10)){
const err26 = {instancePath:instancePath+"/reviewers/teams/" + i2,schemaPath:"#/$defs/reviewers/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$",parentSchema:schema44.properties.teams.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/reviewers/teams/" + i2,schemaPath:"#/$defs/reviewers/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.teams.items.type,parentSchema:schema44.properties.teams.items,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let i3 = data9.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data9[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err28 = {instancePath:instancePath+"/reviewers/teams",schemaPath:"#/$defs/reviewers/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema44.properties.teams,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err29 = {instancePath:instancePath+"/reviewers/teams",schemaPath:"#/$defs/reviewers/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.teams.type,parentSchema:schema44.properties.teams,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/reviewers",schemaPath:"#/$defs/reviewers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.approvals !== undefined){
let data11 = data.approvals;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err31 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.approvals.type,parentSchema:schema41.properties.approvals,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 10 || isNaN(data11)){
const err32 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema41.properties.approvals,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err33 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.approvals,data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://work-manuals.dev/schemas/registry.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.institutions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "institutions"},message:"must have required property '"+"institutions"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.departments === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "departments"},message:"must have required property '"+"departments"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.laws === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "laws"},message:"must have required property '"+"laws"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.people === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "people"},message:"must have required property '"+"people"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "institutions") || (key0 === "departments")) || (key0 === "laws")) || (key0 === "people"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.institutions !== undefined){
let data0 = data.institutions;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err5 = {instancePath:instancePath+"/institutions",schemaPath:"#/properties/institutions/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.institutions,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
const _errs4 = errors;
if(typeof key1 === "string"){
if(!pattern4.test(key1)){
const err6 = {instancePath:instancePath+"/institutions",schemaPath:"#/$defs/key/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema37,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/institutions",schemaPath:"#/$defs/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid1 = _errs4 === errors;
if(!valid1){
const err8 = {instancePath:instancePath+"/institutions",schemaPath:"#/properties/institutions/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema36.properties.institutions.propertyNames,parentSchema:schema36.properties.institutions,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data0){
if(!(validate23(data0[key2], {instancePath:instancePath+"/institutions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/institutions",schemaPath:"#/properties/institutions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.institutions.type,parentSchema:schema36.properties.institutions,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.departments !== undefined){
let data2 = data.departments;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(Object.keys(data2).length < 1){
const err10 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema36.properties.departments,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key3 in data2){
const _errs11 = errors;
if(typeof key3 === "string"){
if(!pattern4.test(key3)){
const err11 = {instancePath:instancePath+"/departments",schemaPath:"#/$defs/key/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema37,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/departments",schemaPath:"#/$defs/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var valid4 = _errs11 === errors;
if(!valid4){
const err13 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema36.properties.departments.propertyNames,parentSchema:schema36.properties.departments,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key4 in data2){
if(!(validate25(data2[key4], {instancePath:instancePath+"/departments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.departments.type,parentSchema:schema36.properties.departments,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.laws !== undefined){
let data4 = data.laws;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key5 in data4){
const _errs18 = errors;
if(typeof key5 === "string"){
if(!pattern4.test(key5)){
const err15 = {instancePath:instancePath+"/laws",schemaPath:"#/$defs/key/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema37,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/laws",schemaPath:"#/$defs/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var valid7 = _errs18 === errors;
if(!valid7){
const err17 = {instancePath:instancePath+"/laws",schemaPath:"#/properties/laws/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema36.properties.laws.propertyNames,parentSchema:schema36.properties.laws,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
for(const key6 in data4){
let data5 = data4[key6];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err18 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/law/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema46.required,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.effective === undefined){
const err19 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/law/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema46.required,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.url === undefined){
const err20 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/law/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema46.required,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key7 in data5){
if(!((((key7 === "name") || (key7 === "kind")) || (key7 === "effective")) || (key7 === "url"))){
const err21 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/law/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.name !== undefined){
let data6 = data5.name;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err22 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/$defs/law/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.name,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/$defs/law/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.name.type,parentSchema:schema46.properties.name,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.kind !== undefined){
let data7 = data5.kind;
if(!((((((data7 === "법률") || (data7 === "대통령령")) || (data7 === "총리령")) || (data7 === "부령")) || (data7 === "자치법규")) || (data7 === "행정규칙"))){
const err24 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/kind",schemaPath:"#/$defs/law/properties/kind/enum",keyword:"enum",params:{allowedValues: schema46.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.kind.enum,parentSchema:schema46.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.effective !== undefined){
let data8 = data5.effective;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err25 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/effective",schemaPath:"#/$defs/law/properties/effective/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema46.properties.effective,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/effective",schemaPath:"#/$defs/law/properties/effective/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.effective.type,parentSchema:schema46.properties.effective,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data5.url !== undefined){
let data9 = data5.url;
if(typeof data9 === "string"){
if(!pattern17.test(data9)){
const err27 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/$defs/law/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://(www\\.)?law\\.go\\.kr/"},message:"must match pattern \""+"^https://(www\\.)?law\\.go\\.kr/"+"\"",schema:"^https://(www\\.)?law\\.go\\.kr/",parentSchema:schema46.properties.url,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/$defs/law/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.url.type,parentSchema:schema46.properties.url,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/laws/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/law/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/laws",schemaPath:"#/properties/laws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.laws.type,parentSchema:schema36.properties.laws,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.people !== undefined){
let data10 = data.people;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key8 in data10){
const _errs35 = errors;
if(typeof key8 === "string"){
if(!pattern7.test(key8)){
const err31 = {instancePath:instancePath+"/people",schemaPath:"#/$defs/login/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema47,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/people",schemaPath:"#/$defs/login/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:key8,propertyName:key8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var valid12 = _errs35 === errors;
if(!valid12){
const err33 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema36.properties.people.propertyNames,parentSchema:schema36.properties.people,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
for(const key9 in data10){
let data11 = data10[key9];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.name === undefined){
const err34 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/person/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema48.required,parentSchema:schema48,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11.position === undefined){
const err35 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/person/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'",schema:schema48.required,parentSchema:schema48,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11.team === undefined){
const err36 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/person/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema48.required,parentSchema:schema48,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data11.phone === undefined){
const err37 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/person/required",keyword:"required",params:{missingProperty: "phone"},message:"must have required property '"+"phone"+"'",schema:schema48.required,parentSchema:schema48,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key10 in data11){
if(!(((((key10 === "name") || (key10 === "position")) || (key10 === "team")) || (key10 === "phone")) || (key10 === "email"))){
const err38 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/person/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data11.name !== undefined){
let data12 = data11.name;
if(typeof data12 === "string"){
if(func2(data12) > 40){
const err39 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/$defs/person/properties/name/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema48.properties.name,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func2(data12) < 1){
const err40 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/$defs/person/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.name,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/$defs/person/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.name.type,parentSchema:schema48.properties.name,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.position !== undefined){
let data13 = data11.position;
if(typeof data13 === "string"){
if(func2(data13) > 20){
const err42 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/position",schemaPath:"#/$defs/person/properties/position/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema48.properties.position,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func2(data13) < 1){
const err43 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/position",schemaPath:"#/$defs/person/properties/position/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.position,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/position",schemaPath:"#/$defs/person/properties/position/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.position.type,parentSchema:schema48.properties.position,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data11.team !== undefined){
let data14 = data11.team;
if(typeof data14 === "string"){
if(func2(data14) > 60){
const err45 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/team",schemaPath:"#/$defs/person/properties/team/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema48.properties.team,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func2(data14) < 1){
const err46 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/team",schemaPath:"#/$defs/person/properties/team/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.team,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/team",schemaPath:"#/$defs/person/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.team.type,parentSchema:schema48.properties.team,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data11.phone !== undefined){
let data15 = data11.phone;
if(typeof data15 === "string"){
if(!pattern19.test(data15)){
const err48 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/phone",schemaPath:"#/$defs/person/properties/phone/pattern",keyword:"pattern",params:{pattern: "^0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}$"},message:"must match pattern \""+"^0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}$"+"\"",schema:"^0[0-9]{1,2}-[0-9]{3,4}-[0-9]{4}$",parentSchema:schema48.properties.phone,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/phone",schemaPath:"#/$defs/person/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.phone.type,parentSchema:schema48.properties.phone,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data11.email !== undefined){
let data16 = data11.email;
if(typeof data16 === "string"){
if(!pattern20.test(data16)){
const err50 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/$defs/person/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"+"\"",schema:"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",parentSchema:schema48.properties.email,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/email",schemaPath:"#/$defs/person/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.email.type,parentSchema:schema48.properties.email,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/people/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/person/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data:data11};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/people",schemaPath:"#/properties/people/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.people.type,parentSchema:schema36.properties.people,data:data10};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate27;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://work-manuals.dev/schemas/config.schema.json","title":"BotConfig","description":"Per-repository configuration of the review bot, kept in .github/manuals.yml and always read from the pull request's base branch.","type":"object","additionalProperties":false,"required":["admins"],"properties":{"admins":{"description":"Who approves changes to the registry, schemas/ and this file.","type":"object","additionalProperties":false,"properties":{"users":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"}},"teams":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$"}},"approvals":{"type":"integer","minimum":1,"maximum":10,"default":1}},"anyOf":[{"required":["users"],"properties":{"users":{"type":"array","minItems":1}}},{"required":["teams"],"properties":{"teams":{"type":"array","minItems":1}}}]},"language":{"description":"Language of check summaries and comments.","enum":["ko","en"],"default":"ko"},"labels":{"description":"Labels the bot keeps on pull requests.","type":"object","additionalProperties":false,"properties":{"legal":{"type":"string","minLength":1,"maxLength":50,"default":"법령변경"},"department_prefix":{"type":"string","maxLength":30,"default":"부서:"}}},"annotations_cap":{"description":"Most annotations published on the Manual schema check; beyond it the summary says how many were left out.","type":"integer","minimum":50,"maximum":5000,"default":1000},"request_reviews":{"description":"Whether the bot requests reviews from the departments' reviewers.","type":"boolean","default":true}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://work-manuals.dev/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.language === undefined){
data.language = "ko";
}
if(data.annotations_cap === undefined){
data.annotations_cap = 1000;
}
if(data.request_reviews === undefined){
data.request_reviews = true;
}
if(data.admins === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "admins"},message:"must have required property '"+"admins"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "admins") || (key0 === "language")) || (key0 === "labels")) || (key0 === "annotations_cap")) || (key0 === "request_reviews"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.admins !== undefined){
let data0 = data.admins;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.users === undefined){
const err2 = {instancePath:instancePath+"/admins",schemaPath:"#/properties/admins/anyOf/0/required",keyword:"required",params:{missingProperty: "users"},message:"must have required property '"+"users"+"'",schema:schema49.properties.admins.anyOf[0].required,parentSchema:schema49.properties.admins.anyOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.users !== undefined){
let data1 = data0.users;
if(Array.isArray(data1)){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/admins/users",schemaPath:"#/properties/admins/anyOf/0/properties/users/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.admins.anyOf[0].properties.users,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/admins/users",schemaPath:"#/properties/admins/anyOf/0/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.admins.anyOf[0].properties.users.type,parentSchema:schema49.properties.admins.anyOf[0].properties.users,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
var props0 = {};
props0.users = true;
}
const _errs8 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.teams === undefined){
const err5 = {instancePath:instancePath+"/admins",schemaPath:"#/properties/admins/anyOf/1/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'",schema:schema49.properties.admins.anyOf[1].required,parentSchema:schema49.properties.admins.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.teams !== undefined){
let data2 = data0.teams;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/admins/teams",schemaPath:"#/properties/admins/anyOf/1/properties/teams/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.admins.anyOf[1].properties.teams,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/admins/teams",schemaPath:"#/properties/admins/anyOf/1/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.admins.anyOf[1].properties.teams.type,parentSchema:schema49.properties.admins.anyOf[1].properties.teams,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.teams = true;
}
}
if(!valid1){
const err8 = {instancePath:instancePath+"/admins",schemaPath:"#/properties/admins/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema49.properties.admins.anyOf,parentSchema:schema49.properties.admins,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.approvals === undefined){
data0.approvals = 1;
}
for(const key1 in data0){
if(!(((key1 === "users") || (key1 === "teams")) || (key1 === "approvals"))){
const err9 = {instancePath:instancePath+"/admins",schemaPath:"#/properties/admins/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.admins,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.users !== undefined){
let data3 = data0.users;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(!pattern7.test(data4)){
const err10 = {instancePath:instancePath+"/admins/users/" + i0,schemaPath:"#/properties/admins/properties/users/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema49.properties.admins.properties.users.items,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/admins/users/" + i0,schemaPath:"#/properties/admins/properties/users/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.admins.properties.users.items.type,parentSchema:schema49.properties.admins.properties.users.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/admins/users",schemaPath:"#/properties/admins/properties/users/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema49.properties.admins.properties.users,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err13 = {instancePath:instancePath+"/admins/users",schemaPath:"#/properties/admins/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.admins.properties.users.type,parentSchema:schema49.properties.admins.properties.users,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data0.teams !== undefined){
let data5 = data0.teams;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(!pattern15.test(data6)){
const err14 = {instancePath:instancePath+"/admins/teams/" + i2,schemaPath:"#/properties/admins/properties/teams/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9-]*/[a-z0-9][a-z0-9_-]*$",parentSchema:schema49.properties.admins.properties.teams.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/admins/teams/" + i2,schemaPath:"#/properties/admins/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.admins.properties.teams.items.type,parentSchema:schema49.properties.admins.properties.teams.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i3 = data5.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data5[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err16 = {instancePath:instancePath+"/admins/teams",schemaPath:"#/properties/admins/properties/teams/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema49.properties.admins.properties.teams,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err17 = {instancePath:instancePath+"/admins/teams",schemaPath:"#/properties/admins/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.admins.properties.teams.type,parentSchema:schema49.properties.admins.properties.teams,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let data7 = data0.approvals;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/admins/approvals",schemaPath:"#/properties/admins/properties/approvals/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.admins.properties.approvals.type,parentSchema:schema49.properties.admins.properties.approvals,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/admins/approvals",schemaPath:"#/properties/admins/properties/approvals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema49.properties.admins.properties.approvals,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/admins/approvals",schemaPath:"#/properties/admins/properties/approvals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema49.properties.admins.properties.approvals,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/admins",schemaPath:"#/properties/admins/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.admins.type,parentSchema:schema49.properties.admins,data:data0};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let data8 = data.language;
if(!((data8 === "ko") || (data8 === "en"))){
const err22 = {instancePath:instancePath+"/language",schemaPath:"#/properties/language/enum",keyword:"enum",params:{allowedValues: schema49.properties.language.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.language.enum,parentSchema:schema49.properties.language,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.labels !== undefined){
let data9 = data.labels;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.legal === undefined){
data9.legal = "법령변경";
}
if(data9.department_prefix === undefined){
data9.department_prefix = "부서:";
}
for(const key2 in data9){
if(!((key2 === "legal") || (key2 === "department_prefix"))){
const err23 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.labels,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
let data10 = data9.legal;
if(typeof data10 === "string"){
if(func2(data10) > 50){
const err24 = {instancePath:instancePath+"/labels/legal",schemaPath:"#/properties/labels/properties/legal/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema49.properties.labels.properties.legal,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data10) < 1){
const err25 = {instancePath:instancePath+"/labels/legal",schemaPath:"#/properties/labels/properties/legal/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.labels.properties.legal,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/labels/legal",schemaPath:"#/properties/labels/properties/legal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.labels.properties.legal.type,parentSchema:schema49.properties.labels.properties.legal,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
let data11 = data9.department_prefix;
if(typeof data11 === "string"){
if(func2(data11) > 30){
const err27 = {instancePath:instancePath+"/labels/department_prefix",schemaPath:"#/properties/labels/properties/department_prefix/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters",schema:30,parentSchema:schema49.properties.labels.properties.department_prefix,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/labels/department_prefix",schemaPath:"#/properties/labels/properties/department_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.labels.properties.department_prefix.type,parentSchema:schema49.properties.labels.properties.department_prefix,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.labels.type,parentSchema:schema49.properties.labels,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let data12 = data.annotations_cap;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err30 = {instancePath:instancePath+"/annotations_cap",schemaPath:"#/properties/annotations_cap/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.annotations_cap.type,parentSchema:schema49.properties.annotations_cap,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 5000 || isNaN(data12)){
const err31 = {instancePath:instancePath+"/annotations_cap",schemaPath:"#/properties/annotations_cap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5000},message:"must be <= 5000",schema:5000,parentSchema:schema49.properties.annotations_cap,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12 < 50 || isNaN(data12)){
const err32 = {instancePath:instancePath+"/annotations_cap",schemaPath:"#/properties/annotations_cap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 50},message:"must be >= 50",schema:50,parentSchema:schema49.properties.annotations_cap,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let data13 = data.request_reviews;
if(typeof data13 !== "boolean"){
const err33 = {instancePath:instancePath+"/request_reviews",schemaPath:"#/properties/request_reviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.request_reviews.type,parentSchema:schema49.properties.request_reviews,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const synonyms = validate28;
const schema50 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://work-manuals.dev/schemas/synonyms.schema.json","title":"Search synonyms","description":"manuals/synonyms.yml: groups of words that mean the same to a reader of the site's search, the everyday word beside the legal term (벌금 ↔ 과태료). A query containing one word of a group also finds manuals written with the others.","type":"array","items":{"type":"array","minItems":2,"uniqueItems":true,"x-message":{"ko":"동의어 묶음에는 서로 다른 단어가 둘 이상 있어야 합니다. 예: [과태료, 벌금]","en":"A synonym group needs at least two different words, e.g. [과태료, 벌금]."},"items":{"type":"string","minLength":1,"maxLength":40,"pattern":"^\\S(.*\\S)?$","description":"a word or short phrase, without spaces at either end","x-example":"과태료"}}};
const pattern23 = new RegExp("^\\S(.*\\S)?$", "u");

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://work-manuals.dev/schemas/synonyms.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(Array.isArray(data0)){
if(data0.length < 2){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema50.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len1 = data0.length;
for(let i1=0; i1<len1; i1++){
let data1 = data0[i1];
if(typeof data1 === "string"){
if(func2(data1) > 40){
const err1 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema50.items.items,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data1) < 1){
const err2 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema50.items.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern23.test(data1)){
const err3 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/pattern",keyword:"pattern",params:{pattern: "^\\S(.*\\S)?$"},message:"must match pattern \""+"^\\S(.*\\S)?$"+"\"",schema:"^\\S(.*\\S)?$",parentSchema:schema50.items.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0+"/" + i1,schemaPath:"#/items/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.items.items.type,parentSchema:schema50.items.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
let i2 = data0.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data0[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema50.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.items.type,parentSchema:schema50.items,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

